import { randomUUID } from 'node:crypto';
import type { EnrolmentStatus, Role } from '@app/shared/enums';
import { PRIVACY_NOTICE_VERSION } from '@app/shared/enums';
import { chinaDate } from '../../src/common/china-time';
import { DEMO_PROVIDER_ID } from '../../src/modules/auth/demo-accounts';
import { TokenService } from '../../src/modules/auth/token.service';
import { EnrolmentEntity } from '../../src/modules/enrolment/enrolment.entity';
import {
  LessonEntity,
  TrainingSessionEntity,
} from '../../src/modules/training/training-session.entity';
import { UserEntity } from '../../src/modules/users/user.entity';
import { WorkerProfileEntity } from '../../src/modules/workers/worker-profile.entity';
import type { TestApp } from './test-app';

/** The demo 福绵裁缝 course of the demo provider (seeded in demo mode). */
export const DEMO_COURSE_ID = '00000000-0000-4000-8c00-000000000003';

export interface LessonFixture {
  startsAt: Date;
  endsAt: Date;
  topic: string;
}

/** A session of the demo provider, written straight to the database, with its lessons. */
export async function insertSession(
  t: TestApp,
  lessons: readonly LessonFixture[],
  overrides: Partial<TrainingSessionEntity> = {},
): Promise<{ id: string; lessonIds: string[] }> {
  const id = randomUUID();
  const days = lessons.map((l) => chinaDate(l.startsAt)).sort();
  const start = days[0] ?? chinaDate(new Date(), 1);
  const end = days[days.length - 1] ?? start;
  await t.db.getRepository(TrainingSessionEntity).insert({
    id,
    courseId: DEMO_COURSE_ID,
    providerId: DEMO_PROVIDER_ID,
    brandCode: 'fumian-caifeng',
    occupationCode: 'fengrengong',
    title: '测试班次',
    regionCode: '450903',
    address: '福绵镇服装产业园培训楼201',
    latitude: null,
    longitude: null,
    geofenceRadiusMeters: null,
    startDate: start,
    endDate: end,
    enrolOpensAt: chinaDate(new Date(), -30),
    enrolClosesAt: start,
    capacity: 30,
    seatsTaken: 0,
    subsidised: true,
    minAttendanceRate: 0.8,
    status: 'scheduled',
    isDemo: false,
    createdBy: randomUUID(),
    ...overrides,
  });
  const lessonIds = lessons.map(() => randomUUID());
  if (lessons.length) {
    await t.db
      .getRepository(LessonEntity)
      .insert(lessons.map((l, i) => ({ id: lessonIds[i], sessionId: id, ...l })));
  }
  return { id, lessonIds };
}

export interface UserFixture {
  id: string;
  token: string;
}

/** An account written straight to the database (a worker gets a profile with `realName`), with a token. */
export async function insertUser(
  t: TestApp,
  roles: Role[],
  options: {
    phone?: string | null;
    realName?: string;
    regionCode?: string | null;
    providerId?: string | null;
  } = {},
): Promise<UserFixture> {
  const id = randomUUID();
  await t.db.getRepository(UserEntity).insert({
    id,
    displayName: options.realName ?? '测试',
    phone: options.phone ?? null,
    wechatOpenId: null,
    wechatUnionId: null,
    roles,
    status: 'active',
    regionCode: options.regionCode ?? null,
    employerId: null,
    providerId: options.providerId ?? null,
    providerRole: options.providerId ? 'trainer' : null,
    deletedAt: null,
    isDemo: false,
  });
  if (options.realName) {
    await t.db.getRepository(WorkerProfileEntity).insert({
      userId: id,
      realName: options.realName,
      idNumberCipher: null,
      idNumberKeyId: null,
      idNumberHash: null,
      idNumberMasked: null,
      gender: 'female',
      birthDate: '1990-01-01',
      householdRegionCode: '450903',
      currentRegionCode: '450903',
      education: null,
      skills: [],
      wantedBrands: [],
      wantedRegionCodes: [],
      minMonthlySalary: null,
      priorityGroup: null,
      priorityConsentAt: null,
      consentVersion: PRIVACY_NOTICE_VERSION,
      consentAt: new Date(),
      assistedBy: null,
      paperConsentReference: null,
      claimedAt: null,
      erasedAt: null,
    });
  }
  return { id, token: (await t.app.get(TokenService).issue(id)).accessToken };
}

export async function insertEnrolment(
  t: TestApp,
  sessionId: string,
  workerId: string,
  status: EnrolmentStatus,
  overrides: Partial<EnrolmentEntity> = {},
): Promise<string> {
  const id = randomUUID();
  await t.db.getRepository(EnrolmentEntity).insert({
    id,
    sessionId,
    workerId,
    status,
    priority: 0,
    queuedAt: new Date(),
    idempotencyKey: null,
    assistedBy: null,
    assistReason: null,
    promotedAt: null,
    cancelledAt: null,
    ...overrides,
  });
  return id;
}
