const { renderBuiltPage, tick } = require('./built-page');
const { ADMIN, signedIn } = require('./users');

const PROFILE = {
  userId: 'u20',
  realName: '韦桂英',
  idNumberMasked: '450903**********23',
  gender: 'female',
  birthDate: '1988-03-12',
  householdRegionCode: '450903',
  householdRegionName: '福绵区',
  currentRegionCode: '450902',
  currentRegionName: '玉州区',
  phoneMasked: '138****0020',
  education: null,
  skills: ['缝纫'],
  wantedBrands: [],
  wantedRegionCodes: [],
  minMonthlySalary: null,
  priorityGroup: null,
  consentVersion: '2026-11-v1',
  consentAt: '2026-11-21T08:00:00.000Z',
  assisted: true,
  claimed: false,
  createdAt: '2026-11-21T08:00:00.000Z',
  updatedAt: '2026-11-21T08:00:00.000Z',
};

const FULL_ID = '450903198803120023';

describe('weapp build: 劳动者详情 (admin sub-package)', () => {
  it('shows the worker masked and asks for a reason before the full ID number', async () => {
    const view = renderBuiltPage('packages/admin/pages/worker/index', {
      query: { userId: 'u20' },
      storage: signedIn(ADMIN, 'a'),
      answer: (option) =>
        option.url.endsWith('/id-number')
          ? { statusCode: 200, data: { idNumber: FULL_ID } }
          : { statusCode: 200, data: { profile: PROFILE } },
    });
    await view.waitFor(() => view.text().includes('450903**********23'), 'the masked ID number');
    expect(view.text()).toContain('广西壮族自治区 玉林市 福绵区');
    expect(view.text()).toContain('代为登记（本人尚未登录认领）');
    expect(view.callsTo('request')[0]).toMatchObject({
      url: 'http://127.0.0.1:3000/api/v1/admin/workers/u20',
      method: 'GET',
    });

    view.page.querySelector('.profile__reveal').dispatchEvent('tap');
    await view.waitFor(() => view.text().includes('确定查看'), 'the reason form');
    expect(view.text()).toContain('查看原因');
    expect(view.callsTo('request')).toHaveLength(1);
    expect(view.text()).not.toContain(FULL_ID);
    await tick();
  });
});
