const { renderBuiltPage, tick } = require('./built-page');

const LOGIN = {
  accessToken: 'wx-access',
  refreshToken: 'wx-refresh',
  expiresIn: 900,
  user: {
    id: 'u2',
    displayName: '微信用户',
    roles: ['worker'],
    status: 'active',
    phoneMasked: null,
    regionCode: null,
  },
};

describe('weapp build: login page', () => {
  it('offers WeChat login (no demo buttons) and logs in with the wx.login code', async () => {
    const view = renderBuiltPage('pages/login/index', {
      answer: () => ({ statusCode: 200, data: LOGIN }),
    });
    await view.waitFor(() => view.text().includes('微信一键登录'), 'the WeChat login button');
    expect(view.text()).toContain('个人信息保护说明');
    expect(view.text()).not.toContain('以劳动者身份体验');

    const button = view.page.querySelector('.login__button');
    expect(button).toBeTruthy();
    button.dispatchEvent('tap');
    for (let i = 0; i < 30 && view.callsTo('switchTab').length === 0; i++) await tick();

    expect(view.callsTo('login')).toHaveLength(1);
    expect(view.callsTo('request')).toEqual([
      expect.objectContaining({
        url: 'http://127.0.0.1:3000/api/v1/auth/wechat',
        method: 'POST',
        data: { code: 'wx-login-code' },
      }),
    ]);
    expect(view.storage.get('lb.accessToken')).toBe('wx-access');
    expect(view.callsTo('switchTab')).toEqual([
      expect.objectContaining({ url: '/pages/index/index' }),
    ]);
  });
});
