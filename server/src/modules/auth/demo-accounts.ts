import type { EntityManager } from 'typeorm';
import type { ProviderMemberRole, Role } from '@app/shared/enums';
import { EmployerEntity } from '../organisations/employer.entity';
import { TrainingProviderEntity } from '../organisations/training-provider.entity';
import { UserEntity } from '../users/user.entity';

export interface DemoAccount {
  id: string;
  displayName: string;
  phone: string;
  roles: Role[];
  regionCode: string | null;
  employerId: string | null;
  providerId: string | null;
  providerRole: ProviderMemberRole | null;
}

/** The demo employer and training provider (invented names, marked demo, already verified). */
export const DEMO_EMPLOYER_ID = '00000000-0000-4000-8000-0000000000e1';
export const DEMO_PROVIDER_ID = '00000000-0000-4000-8000-0000000000b1';

/** One seeded account per role, used by demo login (only when DEMO is on). */
export const DEMO_ACCOUNTS: Readonly<Record<Role, DemoAccount>> = {
  worker: {
    id: '00000000-0000-4000-8000-000000000001',
    displayName: '黄秀梅',
    phone: '13800000001',
    roles: ['worker'],
    regionCode: null,
    employerId: null,
    providerId: null,
    providerRole: null,
  },
  employer: {
    id: '00000000-0000-4000-8000-000000000002',
    displayName: '玉林福绵服装有限公司',
    phone: '13800000002',
    roles: ['employer'],
    regionCode: null,
    employerId: DEMO_EMPLOYER_ID,
    providerId: null,
    providerRole: null,
  },
  trainer: {
    id: '00000000-0000-4000-8000-000000000003',
    displayName: '李建华老师',
    phone: '13800000003',
    roles: ['trainer'],
    regionCode: null,
    employerId: null,
    providerId: DEMO_PROVIDER_ID,
    providerRole: 'admin',
  },
  admin: {
    id: '00000000-0000-4000-8000-000000000004',
    displayName: '玉林市人社局',
    phone: '13800000004',
    roles: ['admin'],
    regionCode: '450900',
    employerId: null,
    providerId: null,
    providerRole: null,
  },
};

const DEMO_ORGANISATION = {
  status: 'verified' as const,
  rejectReason: null,
  reviewedBy: DEMO_ACCOUNTS.admin.id,
  reviewedAt: new Date('2026-11-01T00:00:00Z'),
  isDemo: true,
};

/** Creates the demo accounts and their organisations when missing; never overwrites what a demo user changed. */
export async function seedDemoAccounts(em: EntityManager): Promise<number> {
  if (!(await em.getRepository(EmployerEntity).existsBy({ id: DEMO_EMPLOYER_ID }))) {
    await em.getRepository(EmployerEntity).insert({
      ...DEMO_ORGANISATION,
      id: DEMO_EMPLOYER_ID,
      name: '玉林福绵服装有限公司（演示）',
      creditCode: '91450903MA5L0DEM0M',
      regionCode: '450903',
      address: '玉林市福绵区福绵镇服装产业园（演示地址）',
      contactName: '陈经理',
      contactPhone: '13800000002',
      description: '演示用人单位：牛仔服装加工，长期招聘缝纫工、熨烫工。',
      createdBy: DEMO_ACCOUNTS.employer.id,
    });
  }
  if (!(await em.getRepository(TrainingProviderEntity).existsBy({ id: DEMO_PROVIDER_ID }))) {
    await em.getRepository(TrainingProviderEntity).insert({
      ...DEMO_ORGANISATION,
      id: DEMO_PROVIDER_ID,
      name: '玉林市福绵区职业技能培训学校（演示）',
      creditCode: '52450900MA5L0DEM1E',
      kind: 'training_agency',
      regionCode: '450903',
      address: '玉林市福绵区（演示地址）',
      contactName: '李建华',
      contactPhone: '13800000003',
      description: '演示培训机构：福绵裁缝、八桂家政培训。',
      createdBy: DEMO_ACCOUNTS.trainer.id,
    });
  }
  const repo = em.getRepository(UserEntity);
  let created = 0;
  for (const account of Object.values(DEMO_ACCOUNTS)) {
    if (await repo.existsBy({ id: account.id })) continue;
    await repo.insert({
      ...account,
      status: 'active',
      isDemo: true,
      wechatOpenId: null,
      wechatUnionId: null,
      deletedAt: null,
    });
    created += 1;
  }
  return created;
}
