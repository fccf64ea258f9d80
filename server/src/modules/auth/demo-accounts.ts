import type { EntityManager } from 'typeorm';
import type { Role } from '@app/shared/enums';
import { UserEntity } from '../users/user.entity';

export interface DemoAccount {
  id: string;
  displayName: string;
  phone: string;
  roles: Role[];
  regionCode: string | null;
}

/** One seeded account per role, used by demo login (only when DEMO is on). */
export const DEMO_ACCOUNTS: Readonly<Record<Role, DemoAccount>> = {
  worker: {
    id: '00000000-0000-4000-8000-000000000001',
    displayName: '黄秀梅',
    phone: '13800000001',
    roles: ['worker'],
    regionCode: null,
  },
  employer: {
    id: '00000000-0000-4000-8000-000000000002',
    displayName: '玉林福绵服装有限公司',
    phone: '13800000002',
    roles: ['employer'],
    regionCode: null,
  },
  trainer: {
    id: '00000000-0000-4000-8000-000000000003',
    displayName: '李建华老师',
    phone: '13800000003',
    roles: ['trainer'],
    regionCode: null,
  },
  admin: {
    id: '00000000-0000-4000-8000-000000000004',
    displayName: '玉林市人社局',
    phone: '13800000004',
    roles: ['admin'],
    regionCode: '450900',
  },
};

/** Creates the demo accounts when missing; never overwrites what a demo user changed. */
export async function seedDemoAccounts(em: EntityManager): Promise<number> {
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
    });
    created += 1;
  }
  return created;
}
