import { fireEvent, screen } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import {
  PHONE_PROBLEM_MESSAGE,
  SOCIAL_CREDIT_CODE_PROBLEM_MESSAGES,
  socialCreditCodeCheckChar,
} from '@app/shared/validators';
import AdminOrganisationsPage from '../../src/packages/admin/pages/organisations/index';
import EmployerSignupPage from '../../src/packages/employer/pages/signup/index';
import OrganisationPage from '../../src/packages/employer/pages/org/index';
import ProviderSignupPage from '../../src/packages/trainer/pages/signup/index';
import { getStoredUser, saveLogin } from '../../src/services/auth-store';
import {
  ADMIN,
  EMPLOYER_VIEW,
  fail,
  ok,
  PENDING_EMPLOYER,
  PENDING_PROVIDER,
  WORKER,
  WORKER_LOGIN,
} from './fixtures';
import { renderSettled, click, typeInto } from './ui';

const mockRequest = Taro.request as unknown as jest.Mock;
const mockRouter = useRouter as unknown as jest.Mock;

const FIRST17 = '91450903MA5KXXXX0';
const GOOD_CODE = `${FIRST17}${socialCreditCodeCheckChar(FIRST17)}`;
const BAD_CODE = `${FIRST17}${socialCreditCodeCheckChar(FIRST17) === '1' ? '2' : '1'}`;

function sent(method: string) {
  return mockRequest.mock.calls.map((c) => c[0]).filter((o) => o.method === method);
}

function fillEmployerForm(creditCode: string) {
  typeInto('和营业执照上的名称一致', '玉林福绵服装有限公司');
  typeInto('营业执照上的18位代码', creditCode);
  fireEvent.click(screen.getByText('请选择省、市、县（区）'));
  typeInto('街道、门牌号', '福绵镇服装产业园1号');
  typeInto('联系人姓名', '李经理');
  typeInto('11位手机号', '13900000002');
}

describe('企业入驻 (employer sign-up)', () => {
  beforeEach(() => saveLogin(WORKER_LOGIN));

  it('shows the credit-code validator’s message and sends nothing', async () => {
    await renderSettled(<EmployerSignupPage />);
    fillEmployerForm(BAD_CODE);
    await click('提交审核');
    expect(screen.getByText(SOCIAL_CREDIT_CODE_PROBLEM_MESSAGES.check_char)).toBeTruthy();
    expect(sent('POST')).toEqual([]);
  });

  it('refuses a wrong contact phone with the shared message', async () => {
    await renderSettled(<EmployerSignupPage />);
    fillEmployerForm(GOOD_CODE);
    typeInto('11位手机号', '12345');
    await click('提交审核');
    expect(screen.getByText('请输入正确的11位手机号')).toBeTruthy();
    expect(sent('POST')).toEqual([]);
  });

  it('submits, refreshes the token for the new role, then opens the status page', async () => {
    await renderSettled(<EmployerSignupPage />);
    fillEmployerForm(GOOD_CODE.toLowerCase());
    const employerUser = {
      ...WORKER,
      roles: ['worker' as const, 'employer' as const],
      employerId: 'e1',
    };
    mockRequest
      .mockResolvedValueOnce(ok({ employer: { ...EMPLOYER_VIEW, status: 'pending' } }))
      .mockResolvedValueOnce(
        ok({
          ...WORKER_LOGIN,
          accessToken: 'access-2',
          refreshToken: 'refresh-2',
          user: employerUser,
        }),
      );
    await click('提交审核');
    const [create, refresh] = sent('POST');
    expect(create).toMatchObject({
      url: 'https://api.test/api/v1/employers',
      data: {
        name: '玉林福绵服装有限公司',
        creditCode: GOOD_CODE,
        regionCode: '450902',
        address: '福绵镇服装产业园1号',
        contactName: '李经理',
        contactPhone: '13900000002',
      },
    });
    expect(refresh).toMatchObject({
      url: 'https://api.test/api/v1/auth/refresh',
      data: { refreshToken: 'refresh-1' },
    });
    expect(getStoredUser()?.roles).toContain('employer');
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: '/packages/employer/pages/org/index?kind=employer',
    });
  });

  it('shows the server’s refusal (credit code taken) under the field and on the form', async () => {
    await renderSettled(<EmployerSignupPage />);
    fillEmployerForm(GOOD_CODE);
    mockRequest.mockResolvedValueOnce(
      fail(409, 'CREDIT_CODE_TAKEN', '该统一社会信用代码已注册', [
        { field: 'creditCode', messages: ['已被“某某公司”使用'] },
      ]),
    );
    await click('提交审核');
    expect(screen.getByText('该统一社会信用代码已注册')).toBeTruthy();
    expect(screen.getByText('已被“某某公司”使用')).toBeTruthy();
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });
});

describe('the organisation status page', () => {
  beforeEach(() =>
    saveLogin({ ...WORKER_LOGIN, user: { ...WORKER, roles: ['employer'], employerId: 'e1' } }),
  );

  it('shows a rejection with its reason and reopens the form to correct it (PUT …/mine)', async () => {
    mockRouter.mockReturnValue({ params: { kind: 'employer' } });
    mockRequest.mockResolvedValueOnce(ok({ employer: EMPLOYER_VIEW }));
    await renderSettled(<OrganisationPage />);
    expect(screen.getByText('未通过')).toBeTruthy();
    expect(screen.getByText('未通过原因：营业执照名称与填写的不一致')).toBeTruthy();
    await click('修改后重新提交');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/employer/pages/signup/index?mode=edit',
    });

    mockRouter.mockReturnValue({ params: { mode: 'edit' } });
    mockRequest.mockResolvedValueOnce(ok({ employer: EMPLOYER_VIEW }));
    await renderSettled(<EmployerSignupPage />);
    expect(screen.getByDisplayValue('福绵镇服装产业园1号')).toBeTruthy();
    fireEvent.change(screen.getByDisplayValue('91450903MA5KXXXX0X'), {
      target: { value: GOOD_CODE },
    });
    mockRequest.mockResolvedValueOnce(ok({ employer: { ...EMPLOYER_VIEW, status: 'pending' } }));
    await click('重新提交审核');
    expect(sent('PUT')).toEqual([
      expect.objectContaining({
        url: 'https://api.test/api/v1/employers/mine',
        data: expect.objectContaining({ creditCode: GOOD_CODE, regionCode: '450903' }),
      }),
    ]);
  });

  it('lets a provider’s administrator make an invite code', async () => {
    saveLogin({
      ...WORKER_LOGIN,
      user: { ...WORKER, roles: ['trainer'], providerId: 'p1', providerRole: 'admin' },
    });
    mockRouter.mockReturnValue({ params: { kind: 'provider' } });
    mockRequest.mockImplementation(async (o: { url: string; method: string }) => {
      if (o.url.endsWith('/providers/mine/trainers')) return ok({ items: [] });
      if (o.url.endsWith('/providers/mine/invites'))
        return ok({ code: 'K7PQ2M9X', expiresAt: '2026-11-29T08:00:00.000Z' });
      return ok({ provider: { ...EMPLOYER_VIEW, status: 'verified', kind: 'training_agency' } });
    });
    await renderSettled(<OrganisationPage />);
    expect(screen.getByText('已认证')).toBeTruthy();
    expect(screen.getByText('培训机构')).toBeTruthy();
    await click('生成邀请码');
    expect(sent('POST').map((o) => o.url)).toEqual([
      'https://api.test/api/v1/providers/mine/invites',
    ]);
    expect(screen.getByText('K7PQ2M9X')).toBeTruthy();
  });
});

describe('加入培训机构 (join with an invite code)', () => {
  beforeEach(() => saveLogin(WORKER_LOGIN));

  it('checks the code, joins, refreshes the token and opens the provider page', async () => {
    mockRouter.mockReturnValue({ params: { mode: 'join' } });
    await renderSettled(<ProviderSignupPage />);
    typeInto('8位邀请码', 'abc');
    await click('加入');
    expect(screen.getByText(/邀请码是8位字母或数字/)).toBeTruthy();
    expect(sent('POST')).toEqual([]);

    typeInto('8位邀请码', 'k7pq2m9x');
    mockRequest
      .mockResolvedValueOnce(ok({ provider: { ...EMPLOYER_VIEW, kind: 'training_agency' } }))
      .mockResolvedValueOnce(ok({ ...WORKER_LOGIN, accessToken: 'access-2' }));
    await click('加入');
    expect(sent('POST')[0]).toMatchObject({
      url: 'https://api.test/api/v1/providers/join',
      data: { code: 'K7PQ2M9X' },
    });
    expect(sent('POST')[1].url).toBe('https://api.test/api/v1/auth/refresh');
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: '/packages/employer/pages/org/index?kind=provider',
    });
  });
});

describe('机构审核 (the admin’s review queue)', () => {
  beforeEach(() => saveLogin({ ...WORKER_LOGIN, user: ADMIN }));

  const page = (items: unknown[]) => ok({ items, total: items.length, page: 1, pageSize: 20 });

  it('lists pending employers, and approves one after a confirmation', async () => {
    mockRequest.mockResolvedValueOnce(page([PENDING_EMPLOYER]));
    await renderSettled(<AdminOrganisationsPage />);
    expect(mockRequest.mock.calls[0][0].url).toBe(
      'https://api.test/api/v1/admin/organisations?kind=employer&status=pending&page=1&pageSize=20',
    );
    expect(screen.getByText('博白县编织工艺厂')).toBeTruthy();
    expect(screen.getByText('91450923MA5L000000')).toBeTruthy();
    expect(screen.getByText('陈厂长 139****0007')).toBeTruthy();

    mockRequest.mockResolvedValueOnce(ok({ employer: { ...EMPLOYER_VIEW, status: 'verified' } }));
    await click('通过');
    expect(Taro.showModal).toHaveBeenCalled();
    expect(sent('POST')).toEqual([
      expect.objectContaining({ url: 'https://api.test/api/v1/admin/employers/e7/verify' }),
    ]);
    expect(screen.queryByText('博白县编织工艺厂')).toBeNull();
    expect(screen.getByText('没有待审核的申请。')).toBeTruthy();
  });

  it('does not approve when the admin cancels the confirmation', async () => {
    mockRequest.mockResolvedValueOnce(page([PENDING_EMPLOYER]));
    await renderSettled(<AdminOrganisationsPage />);
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    await click('通过');
    expect(sent('POST')).toEqual([]);
    expect(screen.getByText('博白县编织工艺厂')).toBeTruthy();
  });

  it('switches to providers and rejects one with a reason, which is required', async () => {
    mockRequest.mockResolvedValueOnce(page([PENDING_EMPLOYER]));
    await renderSettled(<AdminOrganisationsPage />);
    mockRequest.mockResolvedValueOnce(page([PENDING_PROVIDER]));
    await click('培训机构');
    expect(mockRequest.mock.calls[1][0].url).toContain('kind=provider&status=pending');
    expect(screen.getByText('玉林市八桂家政培训学校')).toBeTruthy();

    await click('驳回');
    await click('确定驳回');
    expect(screen.getByText('请写明驳回原因，申请单位会看到它')).toBeTruthy();
    expect(sent('POST')).toEqual([]);

    fireEvent.change(screen.getByPlaceholderText('例如：营业执照名称与填写的不一致'), {
      target: { value: '办学许可证已过期' },
    });
    mockRequest.mockResolvedValueOnce(ok({ provider: { ...EMPLOYER_VIEW, status: 'rejected' } }));
    await click('确定驳回');
    expect(sent('POST')).toEqual([
      expect.objectContaining({
        url: 'https://api.test/api/v1/admin/providers/p3/reject',
        data: { reason: '办学许可证已过期' },
      }),
    ]);
    expect(screen.queryByText('玉林市八桂家政培训学校')).toBeNull();
  });

  it('shows why a decision failed on the card', async () => {
    mockRequest.mockResolvedValueOnce(page([PENDING_EMPLOYER]));
    await renderSettled(<AdminOrganisationsPage />);
    mockRequest.mockResolvedValueOnce(fail(403, 'FORBIDDEN', '没有权限执行此操作'));
    await click('通过');
    expect(screen.getByText('没有权限执行此操作')).toBeTruthy();
    expect(screen.getByText('博白县编织工艺厂')).toBeTruthy();
  });

  it('shows reviewed applications under 已认证 without buttons', async () => {
    mockRequest.mockResolvedValueOnce(page([]));
    await renderSettled(<AdminOrganisationsPage />);
    mockRequest.mockResolvedValueOnce(
      page([{ ...PENDING_EMPLOYER, status: 'verified', reviewedAt: '2026-11-22T03:00:00.000Z' }]),
    );
    await click('已认证');
    expect(mockRequest.mock.calls[1][0].url).toContain('status=verified');
    expect(screen.getByText('审核时间')).toBeTruthy();
    expect(screen.getAllByText('已认证')).toHaveLength(2); // the tab and the card's badge
    expect(screen.queryByText('驳回')).toBeNull();
    expect(screen.queryByText('添加讲师')).toBeNull(); // trainers belong to providers only
  });

  it('offers 添加讲师 only on verified providers', async () => {
    mockRequest.mockResolvedValueOnce(page([PENDING_EMPLOYER]));
    await renderSettled(<AdminOrganisationsPage />);
    mockRequest.mockResolvedValueOnce(page([PENDING_PROVIDER]));
    await click('培训机构');
    expect(screen.getByText('玉林市八桂家政培训学校')).toBeTruthy();
    expect(screen.queryByText('添加讲师')).toBeNull();
  });

  describe('添加讲师 (attach a trainer to a verified provider)', () => {
    const VERIFIED_PROVIDER = {
      ...PENDING_PROVIDER,
      status: 'verified',
      reviewedAt: '2026-11-22T03:00:00.000Z',
    };
    const PHONE_PLACEHOLDER = '讲师登录用的11位手机号';

    async function openForm() {
      mockRequest.mockResolvedValueOnce(page([]));
      await renderSettled(<AdminOrganisationsPage />);
      mockRequest.mockResolvedValueOnce(page([]));
      await click('培训机构');
      mockRequest.mockResolvedValueOnce(page([VERIFIED_PROVIDER]));
      await click('已认证');
      expect(mockRequest.mock.calls[2][0].url).toContain('kind=provider&status=verified');
      await click('添加讲师');
    }

    it.each(['12345678901', '1380000000', ''])(
      'refuses the phone “%s” with the shared message and sends nothing',
      async (phone) => {
        await openForm();
        typeInto(PHONE_PLACEHOLDER, phone);
        await click('确定添加');
        expect(screen.getByText(PHONE_PROBLEM_MESSAGE)).toBeTruthy();
        expect(sent('POST')).toEqual([]);
      },
    );

    it('posts the phone and shows the provider’s trainers with their roles', async () => {
      await openForm();
      typeInto(PHONE_PLACEHOLDER, '13800000003');
      mockRequest.mockResolvedValueOnce(
        ok({
          items: [
            {
              userId: 'u5',
              displayName: '韦校长',
              phoneMasked: '139****0005',
              providerRole: 'admin',
            },
            {
              userId: 'u6',
              displayName: '梁老师',
              phoneMasked: '138****0003',
              providerRole: 'trainer',
            },
          ],
        }),
      );
      await click('确定添加');
      expect(sent('POST')).toEqual([
        expect.objectContaining({
          url: 'https://api.test/api/v1/admin/providers/p3/trainers',
          data: { phone: '13800000003' },
        }),
      ]);
      expect(screen.getByText('本机构讲师')).toBeTruthy();
      expect(screen.getByText('韦校长')).toBeTruthy();
      expect(screen.getByText('139****0005')).toBeTruthy();
      expect(screen.getByText('机构管理员')).toBeTruthy();
      expect(screen.getByText('梁老师')).toBeTruthy();
      expect(screen.getByText('138****0003')).toBeTruthy();
      expect(screen.getByText('讲师')).toBeTruthy();
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '已添加讲师', icon: 'success' }),
      );
      // The form closes; another trainer can be added.
      expect(screen.queryByPlaceholderText(PHONE_PLACEHOLDER)).toBeNull();
      expect(screen.getByText('添加讲师')).toBeTruthy();
    });

    it.each([
      [404, 'USER_NOT_FOUND', '未找到该手机号对应的账号'],
      [409, 'ALREADY_IN_ORGANISATION', '当前账号已关联单位或机构'],
      [404, 'NOT_FOUND', '请求的内容不存在'],
    ])('shows the server’s %s %s message on the form', async (status, code, message) => {
      await openForm();
      typeInto(PHONE_PLACEHOLDER, '13800000003');
      mockRequest.mockResolvedValueOnce(fail(status, code, message));
      await click('确定添加');
      expect(sent('POST')).toHaveLength(1);
      expect(screen.getByText(message)).toBeTruthy();
      expect(screen.queryByText('本机构讲师')).toBeNull();
      expect(screen.getByPlaceholderText(PHONE_PLACEHOLDER)).toBeTruthy();
      expect(Taro.showToast).not.toHaveBeenCalled();
    });
  });
});
