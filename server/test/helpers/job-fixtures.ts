import { randomUUID } from 'node:crypto';
import type { JobInput } from '@app/shared/api';
import type { OrganisationStatus } from '@app/shared/enums';
import { chinaDate } from '../../src/common/china-time';
import { JobPostingEntity } from '../../src/modules/jobs/job.entity';
import { EmployerEntity } from '../../src/modules/organisations/employer.entity';
import { UserEntity } from '../../src/modules/users/user.entity';
import { WorkerProfileEntity } from '../../src/modules/workers/worker-profile.entity';
import type { UniqueValues } from './accounts';
import { insertUser, type UserFixture } from './session-fixtures';
import type { TestApp } from './test-app';

/** Employers, their staff and workers written straight to the database, for the jobs tests. */

/** An employer in any review state (blacklisted when told), with one staff account. */
export async function insertEmployerStaff(
  t: TestApp,
  unique: UniqueValues,
  options: { status?: OrganisationStatus; blacklisted?: boolean; name?: string } = {},
): Promise<UserFixture & { employerId: string }> {
  const employerId = randomUUID();
  await t.db.getRepository(EmployerEntity).insert({
    id: employerId,
    name: options.name ?? '广州测试家政服务有限公司',
    creditCode: unique.creditCode(),
    regionCode: '440106',
    address: '天河路1号',
    contactName: '张经理',
    contactPhone: '13800138000',
    description: '',
    status: options.status ?? 'verified',
    rejectReason: null,
    reviewedBy: null,
    reviewedAt: null,
    createdBy: randomUUID(),
    isDemo: false,
    blacklistedAt: options.blacklisted ? new Date() : null,
    blacklistReason: options.blacklisted ? '拖欠工资' : null,
  });
  const staff = await insertUser(t, ['employer']);
  await t.db.getRepository(UserEntity).update({ id: staff.id }, { employerId });
  return { ...staff, employerId };
}

/** A worker with a profile (household and current region as told) and a phone. */
export async function insertWorker(
  t: TestApp,
  unique: UniqueValues,
  options: { realName?: string; householdRegionCode?: string; skills?: string[] } = {},
): Promise<UserFixture & { phone: string }> {
  const phone = unique.phone();
  const worker = await insertUser(t, ['worker'], {
    realName: options.realName ?? '王秀兰',
    phone,
  });
  const household = options.householdRegionCode ?? '450903';
  await t.db.getRepository(WorkerProfileEntity).update(
    { userId: worker.id },
    {
      householdRegionCode: household,
      currentRegionCode: household,
      skills: options.skills ?? ['缝纫'],
    },
  );
  return { ...worker, phone };
}

/** A valid posting: 缝纫工 under 福绵裁缝 in 福绵区, open for thirty days, no certificate asked. */
export function jobInput(overrides: Partial<JobInput> = {}): JobInput {
  return {
    title: '牛仔服装车位工',
    brandCode: 'fumian-caifeng',
    occupationCode: 'fengrengong',
    regionCode: '450903',
    address: '福绵镇服装产业园8号',
    salaryMin: 4000,
    salaryMax: 6500,
    headcount: 5,
    requiredCertificate: null,
    acceptsTrainees: false,
    accommodation: true,
    meals: true,
    workingHours: '8:00–17:30，月休4天',
    description: '计件工资，熟手月入6000以上',
    closesOn: chinaDate(new Date(), 30),
    ...overrides,
  };
}

/**
 * An open posting (jobInput's values) of the staff member's employer, written straight to the
 * database: no recommendation pass runs on it, so its candidates are only those a test recommends.
 */
export async function insertJob(
  t: TestApp,
  staff: UserFixture & { employerId: string },
  overrides: Partial<JobPostingEntity> = {},
): Promise<string> {
  const id = randomUUID();
  const input = jobInput();
  await t.db.getRepository(JobPostingEntity).insert({
    id,
    employerId: staff.employerId,
    title: input.title,
    brandCode: input.brandCode,
    occupationCode: input.occupationCode,
    regionCode: input.regionCode,
    address: input.address,
    salaryMin: input.salaryMin,
    salaryMax: input.salaryMax,
    headcount: input.headcount,
    hires: 0,
    requiredCertificateType: null,
    requiredCertificateLevel: null,
    acceptsTrainees: input.acceptsTrainees,
    accommodation: input.accommodation,
    meals: input.meals,
    workingHours: input.workingHours,
    description: input.description,
    status: 'open',
    closesOn: input.closesOn,
    openedAt: new Date(),
    closedAt: null,
    isDemo: false,
    createdBy: staff.id,
    ...overrides,
  });
  return id;
}
