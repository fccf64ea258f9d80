const { renderBuiltPage, tick } = require('./built-page');
const { signedIn } = require('./users');

const EMPLOYER = {
  id: 'u3',
  displayName: '玉林福绵服装有限公司',
  roles: ['employer'],
  status: 'active',
  phoneMasked: '139****0002',
  regionCode: null,
  wechatBound: true,
  employerId: 'e1',
  providerId: null,
  providerRole: null,
  hasWorkerProfile: false,
};

describe('weapp build: 我的 for a signed-in employer', () => {
  it('shows the masked phone and the unread count (also on the tab), opens the employer sub-package and logs out', async () => {
    const view = renderBuiltPage('pages/mine/index', {
      storage: signedIn(EMPLOYER, '3'),
      answer: (option) =>
        option.url.endsWith('/notifications/mine')
          ? { statusCode: 200, data: { items: [], unread: 4 } }
          : { statusCode: 200, data: { user: EMPLOYER } },
    });
    await view.waitFor(() => view.text().includes('4 条未读'), 'the unread count');
    const text = view.text();
    expect(text).toContain('玉林福绵服装有限公司');
    expect(text).toContain('用人单位');
    expect(text).toContain('139****0002');
    expect(text).toContain('岗位管理');
    expect(text).toContain('单位信息');
    expect(text).not.toContain('企业入驻');
    expect(text).toContain('我的消息');
    expect(view.callsTo('setTabBarBadge')).toEqual([
      expect.objectContaining({ index: 3, text: '4' }),
    ]);

    view.page.querySelector('.workspace-links__row').dispatchEvent('tap');
    for (let i = 0; i < 20 && view.callsTo('navigateTo').length === 0; i++) await tick();
    expect(view.callsTo('navigateTo')).toEqual([
      expect.objectContaining({ url: '/packages/employer/pages/jobs/index' }),
    ]);

    view.page.querySelector('.mine__logout').dispatchEvent('tap');
    for (let i = 0; i < 20 && view.callsTo('reLaunch').length === 0; i++) await tick();
    expect(view.callsTo('reLaunch')).toEqual([
      expect.objectContaining({ url: '/pages/login/index' }),
    ]);
    expect(view.storage.has('lb.accessToken')).toBe(false);
    expect(view.callsTo('request')).toContainEqual(
      expect.objectContaining({
        url: 'http://127.0.0.1:3000/api/v1/auth/logout',
        method: 'POST',
        data: { refreshToken: 'refresh-3' },
      }),
    );
  });
});
