import type { StaffListResponse, WorkerProfileResponse } from '@app/shared/api';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import {
  type AccountsTestApp,
  demoLogin,
  expectError,
  profileInput,
  smsLogin,
  startAccountsApp,
} from './helpers/accounts';
import { call } from './helpers/test-app';

describe('bureau staff: appointing admins inside one’s own region', () => {
  let t: AccountsTestApp;
  let cityAdmin: string;

  beforeAll(async () => {
    t = await startAccountsApp();
    cityAdmin = (await demoLogin(t, 'admin')).accessToken; // 玉林市 450900
  });
  afterAll(async () => {
    await t.close();
  });

  const grant = (token: string, phone: string, regionCode: string) =>
    call<StaffListResponse>(t.baseUrl, 'POST', '/api/v1/admin/staff', {
      token,
      body: { phone, regionCode },
    });

  it('a city admin appoints a county admin, who then sees exactly that county', async () => {
    const county = await smsLogin(t);
    const phone =
      (await t.db.getRepository(UserEntity).findOneByOrFail({ id: county.user.id })).phone ?? '';
    const res = await grant(cityAdmin, phone, '450903');
    expect(res.status).toBe(200);
    expect(res.body.items.map((s) => s.userId)).toContain(county.user.id);
    const audit = await t.db
      .getRepository(AuditLogEntity)
      .findOneByOrFail({ targetId: county.user.id });
    expect(audit).toMatchObject({ action: 'user.role_change', regionCode: '450903' });

    // workers in 福绵区 and in 玉州区
    const fumian = await smsLogin(t);
    await call(t.baseUrl, 'PUT', '/api/v1/workers/me/profile', {
      token: fumian.accessToken,
      body: profileInput(),
    });
    const yuzhou = await smsLogin(t);
    await call(t.baseUrl, 'PUT', '/api/v1/workers/me/profile', {
      token: yuzhou.accessToken,
      body: profileInput({ householdRegionCode: '450902', currentRegionCode: '450902' }),
    });
    // the same access token now carries the new role: the guard reads the account on every call
    const seen = await call<WorkerProfileResponse>(
      t.baseUrl,
      'GET',
      `/api/v1/admin/workers/${fumian.user.id}`,
      {
        token: county.accessToken,
      },
    );
    expect(seen.status).toBe(200);
    const hidden = await call(t.baseUrl, 'GET', `/api/v1/admin/workers/${yuzhou.user.id}`, {
      token: county.accessToken,
    });
    expect(hidden.status).toBe(404);

    // a county admin cannot appoint above or beside their county
    const other = await smsLogin(t);
    const otherPhone =
      (await t.db.getRepository(UserEntity).findOneByOrFail({ id: other.user.id })).phone ?? '';
    expectError((await grant(county.accessToken, otherPhone, '450900')).body, 'FORBIDDEN');
    expectError((await grant(county.accessToken, otherPhone, '450902')).body, 'FORBIDDEN');

    // the city admin takes the role back; it stops working at once
    const revoked = await call<StaffListResponse>(
      t.baseUrl,
      'DELETE',
      `/api/v1/admin/staff/${county.user.id}`,
      {
        token: cityAdmin,
      },
    );
    expect(revoked.status).toBe(200);
    expect(revoked.body.items.map((s) => s.userId)).not.toContain(county.user.id);
    const after = await call(t.baseUrl, 'GET', `/api/v1/admin/workers/${fumian.user.id}`, {
      token: county.accessToken,
    });
    expect(after.status).toBe(403);
  });

  it('refuses a region outside one’s own, other roles, unknown phones and oneself', async () => {
    const someone = await smsLogin(t);
    const phone =
      (await t.db.getRepository(UserEntity).findOneByOrFail({ id: someone.user.id })).phone ?? '';
    expectError((await grant(cityAdmin, phone, '440100')).body, 'FORBIDDEN');
    expect((await grant(someone.accessToken, phone, '450903')).status).toBe(403);
    expectError((await grant(cityAdmin, '13000000000', '450903')).body, 'USER_NOT_FOUND');
    expectError((await grant(cityAdmin, '13800000004', '450903')).body, 'FORBIDDEN'); // the demo admin itself
    const self = await call(
      t.baseUrl,
      'DELETE',
      '/api/v1/admin/staff/00000000-0000-4000-8000-000000000004',
      {
        token: cityAdmin,
      },
    );
    expectError(self.body, 'FORBIDDEN');
    const row = await t.db.getRepository(UserEntity).findOneByOrFail({ id: someone.user.id });
    expect(row.roles).toEqual(['worker']);
  });

  it('an admin of another region cannot revoke 玉林’s admins (404)', async () => {
    const guangzhou = await smsLogin(t);
    await t.db
      .getRepository(UserEntity)
      .update({ id: guangzhou.user.id }, { roles: ['admin'], regionCode: '440100' });
    const res = await call(
      t.baseUrl,
      'DELETE',
      '/api/v1/admin/staff/00000000-0000-4000-8000-000000000004',
      {
        token: guangzhou.accessToken,
      },
    );
    expect(res.status).toBe(404);
    const list = await call<StaffListResponse>(t.baseUrl, 'GET', '/api/v1/admin/staff', {
      token: guangzhou.accessToken,
    });
    expect(list.body.items.map((s) => s.userId)).toContain(guangzhou.user.id);
    expect(list.body.items.every((s) => s.regionCode.startsWith('4401'))).toBe(true);
  });
});
