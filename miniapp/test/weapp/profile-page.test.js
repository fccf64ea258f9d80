const { renderBuiltPage, tick } = require('./built-page');
const { signedIn } = require('./users');

const WORKER = {
  id: 'u1',
  displayName: '黄秀梅',
  roles: ['worker'],
  status: 'active',
  phoneMasked: '138****0001',
  regionCode: null,
  wechatBound: true,
  employerId: null,
  providerId: null,
  providerRole: null,
  hasWorkerProfile: true,
};

const PROFILE = {
  userId: 'u1',
  realName: '黄秀梅',
  idNumberMasked: '450903**********23',
  gender: 'female',
  birthDate: '1988-03-12',
  householdRegionCode: '450903',
  householdRegionName: '福绵区',
  currentRegionCode: '450902',
  currentRegionName: '玉州区',
  phoneMasked: '138****0001',
  education: '初中',
  skills: ['缝纫', '熨烫'],
  wantedBrands: ['福绵裁缝'],
  wantedRegionCodes: [],
  minMonthlySalary: 4000,
  priorityGroup: null,
  consentVersion: '2026-11-v1',
  consentAt: '2026-11-20T08:00:00.000Z',
  assisted: false,
  claimed: true,
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
};

const FULL_ID = '450903198803120023';

describe('weapp build: the worker’s profile (worker sub-package)', () => {
  it('shows the profile masked, reveals the full ID number on request, and opens the form', async () => {
    const view = renderBuiltPage('packages/worker/pages/profile/index', {
      storage: signedIn(WORKER, '1'),
      answer: (option) =>
        option.url.endsWith('/id-number')
          ? { statusCode: 200, data: { idNumber: FULL_ID } }
          : { statusCode: 200, data: { profile: PROFILE } },
    });
    await view.waitFor(() => view.text().includes('450903**********23'), 'the masked ID number');
    const text = view.text();
    expect(text).toContain('黄秀梅');
    expect(text).toContain('女');
    expect(text).toContain('广西壮族自治区 玉林市 福绵区');
    expect(text).toContain('缝纫、熨烫');
    expect(text).toContain('导出我的数据');
    expect(text).toContain('注销账号');
    expect(text).not.toContain(FULL_ID);
    expect(view.callsTo('request')[0]).toMatchObject({
      url: 'http://127.0.0.1:3000/api/v1/workers/me/profile',
      method: 'GET',
    });

    view.page.querySelector('.profile__reveal').dispatchEvent('tap');
    await view.waitFor(() => view.text().includes(FULL_ID), 'the full ID number');
    expect(view.callsTo('request')[1]).toMatchObject({
      url: 'http://127.0.0.1:3000/api/v1/workers/me/profile/id-number',
    });
    expect(view.text()).toContain('秒后自动隐藏');

    view.page.querySelector('.profile__edit').dispatchEvent('tap');
    await view.waitFor(() => view.text().includes('不修改请留空'), 'the edit form');
    const form = view.text();
    expect(form).toContain('户籍所在地');
    expect(form).toContain('广西壮族自治区 玉林市 玉州区');
    expect(form).toContain('重点群体');
    await tick();
  });
});
