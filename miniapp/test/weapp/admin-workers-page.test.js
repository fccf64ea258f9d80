const { renderBuiltPage, tick } = require('./built-page');
const { ADMIN, signedIn } = require('./users');

const ASSISTED = {
  userId: 'u20',
  realName: '韦桂英',
  idNumberMasked: '450921**********41',
  gender: 'female',
  householdRegionCode: '450921',
  householdRegionName: '容县',
  phoneMasked: '138****0020',
  priorityGroup: '脱贫人口',
  assisted: true,
  createdAt: '2026-11-21T08:00:00.000Z',
};

describe('weapp build: 劳动者信息 (admin sub-package)', () => {
  it('lists the workers masked, with the 代登记 badge, and opens one', async () => {
    const view = renderBuiltPage('packages/admin/pages/workers/index', {
      storage: signedIn(ADMIN, 'a'),
      answer: () => ({
        statusCode: 200,
        data: { items: [ASSISTED], total: 1, page: 1, pageSize: 20 },
      }),
    });
    await view.waitFor(() => view.text().includes('韦桂英'), 'the worker');
    const text = view.text();
    expect(text).toContain('450921**********41');
    expect(text).toContain('容县');
    expect(text).toContain('138****0020');
    expect(text).toContain('代登记');
    expect(text).toContain('搜索');
    expect(view.callsTo('request')[0]).toMatchObject({
      url: 'http://127.0.0.1:3000/api/v1/admin/workers?page=1&pageSize=20',
      method: 'GET',
    });

    view.page.querySelector('.worker-card').dispatchEvent('tap');
    await view.waitFor(() => view.callsTo('navigateTo').length > 0, 'the detail page');
    expect(view.callsTo('navigateTo')[0].url).toBe('/packages/admin/pages/worker/index?userId=u20');
    await tick();
  });
});
