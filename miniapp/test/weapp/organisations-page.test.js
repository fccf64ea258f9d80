const { renderBuiltPage, tick } = require('./built-page');
const { ADMIN, signedIn } = require('./users');

const PENDING = {
  id: 'e7',
  kind: 'employer',
  name: '博白县编织工艺厂',
  creditCode: '91450923MA5L000000',
  regionCode: '450923',
  regionName: '博白县',
  contactName: '陈厂长',
  contactPhone: '139****0007',
  providerKind: null,
  status: 'pending',
  rejectReason: null,
  reviewedAt: null,
  createdAt: '2026-11-22T01:30:00.000Z',
};

describe('weapp build: 机构审核 (admin sub-package)', () => {
  it('lists pending employers and approves one after the confirmation', async () => {
    const view = renderBuiltPage('packages/admin/pages/organisations/index', {
      storage: signedIn(ADMIN, 'a'),
      answer: (option) =>
        option.method === 'GET'
          ? { statusCode: 200, data: { items: [PENDING], total: 1, page: 1, pageSize: 20 } }
          : { statusCode: 200, data: { employer: { ...PENDING, status: 'verified' } } },
    });
    await view.waitFor(() => view.text().includes('博白县编织工艺厂'), 'the pending employer');
    const text = view.text();
    for (const label of ['用人单位', '培训机构', '待审核', '已认证', '未通过', '通过', '驳回'])
      expect(text).toContain(label);
    expect(text).toContain('91450923MA5L000000');
    expect(text).toContain('陈厂长 139****0007');
    expect(view.callsTo('request')[0]).toMatchObject({
      url: 'http://127.0.0.1:3000/api/v1/admin/organisations?kind=employer&status=pending&page=1&pageSize=20',
      method: 'GET',
    });

    view.page.querySelector('.org-card__button').dispatchEvent('tap');
    await view.waitFor(
      () => view.text().includes('没有待审核的申请'),
      'the approved employer to leave the list',
    );
    expect(view.callsTo('showModal')).toHaveLength(1);
    expect(view.callsTo('request')[1]).toMatchObject({
      url: 'http://127.0.0.1:3000/api/v1/admin/employers/e7/verify',
      method: 'POST',
    });
    expect(view.callsTo('request')[1].header.authorization).toBe('Bearer token-a');
    await tick();
  });
});
