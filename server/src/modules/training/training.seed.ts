import { type EntityManager, Like } from 'typeorm';
import { isBottomRegion } from '@app/shared/regions';
import { chinaDate } from '../../common/china-time';
import { DEMO_ACCOUNTS, DEMO_PROVIDER_ID } from '../auth/demo-accounts';
import { BRAND_SEEDS, OCCUPATION_SEEDS } from '../brands/brand-seed-data';
import { TrainingProviderEntity } from '../organisations/training-provider.entity';
import { CourseEntity } from './course.entity';
import { LessonEntity, TrainingSessionEntity } from './training-session.entity';

/** A second demo provider, in Guangzhou, for the Guangzhou brands. */
export const DEMO_GZ_PROVIDER_ID = '00000000-0000-4000-8000-0000000000b2';

/** Where a demo class is held: the brand's county, or a central district of its city or province. */
function classRegion(regionCode: string): string {
  if (isBottomRegion(regionCode)) return regionCode;
  const central: Record<string, string> = {
    '450900': '450902',
    '440100': '440106',
    '440000': '440106',
  };
  return central[regionCode] ?? regionCode;
}

/**
 * Demo courses and upcoming sessions (demo mode only): one course per brand with occupations and two
 * sessions, two and six weeks after the first run. Fixed ids: a second run changes nothing.
 */
export async function seedDemoTraining(em: EntityManager, today: Date): Promise<number> {
  const providers = em.getRepository(TrainingProviderEntity);
  if (!(await providers.existsBy({ id: DEMO_GZ_PROVIDER_ID }))) {
    await providers.insert({
      id: DEMO_GZ_PROVIDER_ID,
      name: '广州市从化区职业技能培训中心（演示）',
      creditCode: '52440117MA5L0DEM2Q',
      kind: 'training_agency',
      regionCode: '440117',
      address: '广州市从化区（演示地址）',
      contactName: '何老师',
      contactPhone: '13800000013',
      description: '演示培训机构：羊城家政、从化月嫂、粤菜师傅培训。',
      status: 'verified',
      rejectReason: null,
      reviewedBy: null,
      reviewedAt: new Date('2026-11-01T00:00:00Z'),
      createdBy: DEMO_ACCOUNTS.admin.id,
      isDemo: true,
    });
  }
  // Early demo rows had ids that are not valid UUIDs (so their pages could not be opened): drop them.
  for (const [entity, column] of [
    [LessonEntity, '00000000-0000-4000-e000-%'],
    [TrainingSessionEntity, '00000000-0000-4000-d000-%'],
    [CourseEntity, '00000000-0000-4000-c000-%'],
  ] as const) {
    await em.getRepository(entity).delete({ id: Like(column) });
  }
  const occupationName = new Map(OCCUPATION_SEEDS.map((o) => [o.code, o]));
  const courses = em.getRepository(CourseEntity);
  const sessions = em.getRepository(TrainingSessionEntity);
  const lessons = em.getRepository(LessonEntity);
  let created = 0;
  for (const [i, brand] of BRAND_SEEDS.entries()) {
    const occupation = occupationName.get(brand.occupationCodes[0] ?? '');
    if (!occupation) continue;
    const providerId = brand.series === '八桂系列' ? DEMO_PROVIDER_ID : DEMO_GZ_PROVIDER_ID;
    const courseId = `00000000-0000-4000-8c00-${String(i).padStart(12, '0')}`;
    if (!(await courses.existsBy({ id: courseId }))) {
      await courses.insert({
        id: courseId,
        providerId,
        brandCode: brand.code,
        occupationCode: occupation.code,
        title: `${brand.name}·${occupation.name}培训班`,
        hours: 40,
        certificateType: occupation.certificateType,
        certificateLevel: occupation.maxLevel === null ? null : 5,
        description: `演示课程：${occupation.name}理论与实操，结业后可参加${occupation.certificateType}。`,
        isDemo: true,
        archivedAt: null,
        createdBy: DEMO_ACCOUNTS.trainer.id,
      });
    }
    for (const [k, weeks] of [2, 6].entries()) {
      const id = `00000000-0000-4000-8d00-${String(i * 10 + k).padStart(12, '0')}`;
      if (await sessions.existsBy({ id })) continue;
      const start = weeks * 7;
      await sessions.insert({
        id,
        courseId,
        providerId,
        brandCode: brand.code,
        occupationCode: occupation.code,
        title: `${brand.name}${k === 0 ? '冬季' : '春季'}班`,
        regionCode: classRegion(brand.regionCode),
        address: `${brand.name}培训基地 第${k + 1}教室（演示地址）`,
        latitude: null,
        longitude: null,
        geofenceRadiusMeters: null,
        startDate: chinaDate(today, start),
        endDate: chinaDate(today, start + 4),
        enrolOpensAt: chinaDate(today, 0),
        enrolClosesAt: chinaDate(today, start - 1),
        capacity: 30,
        seatsTaken: 0,
        subsidised: true,
        minAttendanceRate: 0.8,
        status: 'scheduled',
        isDemo: true,
        createdBy: DEMO_ACCOUNTS.trainer.id,
      });
      for (let d = 0; d < 5; d++) {
        const date = chinaDate(today, start + d);
        await lessons.insert({
          id: `00000000-0000-4000-8e00-${String(i * 100 + k * 10 + d).padStart(12, '0')}`,
          sessionId: id,
          startsAt: new Date(`${date}T09:00:00+08:00`),
          endsAt: new Date(`${date}T17:00:00+08:00`),
          topic: d === 4 ? '实操考核' : `第${d + 1}天：${occupation.name}技能训练`,
        });
      }
      created += 1;
    }
  }
  return created;
}
