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
  it('shows the masked phone, opens the employer sub-package and logs out', async () => {
    const view = renderBuiltPage('pages/mine/index', {
      storage: signedIn(EMPLOYER, '3'),
      answer: () => ({ statusCode: 200, data: { user: EMPLOYER } }),
    });
    await view.waitFor(() => view.text().includes('退出登录'), 'the logout button');
    const text = view.text();
    expect(text).toContain('玉林福绵服装有限公司');
    expect(text).toContain('用人单位');
    expect(text).toContain('139****0002');
    expect(text).toContain('岗位管理');
    expect(text).toContain('单位信息');
    expect(text).not.toContain('企业入驻');

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
