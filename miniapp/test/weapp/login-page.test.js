const { renderBuiltPage, tick } = require('./built-page');

const USER = {
  id: 'u2',
  displayName: '微信用户',
  roles: ['worker'],
  status: 'active',
  phoneMasked: null,
  regionCode: null,
  wechatBound: true,
  employerId: null,
  providerId: null,
  providerRole: null,
  hasWorkerProfile: true,
};

const LOGIN = {
  accessToken: 'wx-access',
  refreshToken: 'wx-refresh',
  expiresIn: 900,
  user: USER,
  isNewUser: false,
};

async function until(view, api) {
  for (let i = 0; i < 30 && view.callsTo(api).length === 0; i++) await tick();
}

describe('weapp build: login page', () => {
  it('logs in with the wx.login code, asks for the phone with WeChat’s button, then opens 我的', async () => {
    const view = renderBuiltPage('pages/login/index', {
      answer: (option) =>
        option.url.endsWith('/auth/wechat/phone')
          ? { statusCode: 200, data: { user: { ...USER, phoneMasked: '138****0002' } } }
          : { statusCode: 200, data: LOGIN },
    });
    await view.waitFor(() => view.text().includes('微信一键登录'), 'the WeChat login button');
    expect(view.text()).toContain('个人信息保护说明');
    expect(view.text()).not.toContain('以劳动者身份体验');
    expect(view.text()).not.toContain('获取验证码');

    view.page.querySelector('.login__button').dispatchEvent('tap');
    await view.waitFor(() => view.text().includes('授权手机号'), 'the phone step');
    expect(view.callsTo('login')).toHaveLength(1);
    expect(view.callsTo('request')).toEqual([
      expect.objectContaining({
        url: 'http://127.0.0.1:3000/api/v1/auth/wechat',
        method: 'POST',
        data: { code: 'wx-login-code' },
      }),
    ]);
    expect(view.storage.get('lb.accessToken')).toBe('wx-access');
    expect(view.callsTo('switchTab')).toEqual([]);

    // WeChat's own phone button: open-type="getPhoneNumber" fires getphonenumber with a code.
    const phoneButton = view.page.querySelector('.login__button');
    phoneButton.dispatchEvent('getphonenumber', {
      detail: { code: 'phone-code', errMsg: 'getPhoneNumber:ok' },
    });
    await until(view, 'switchTab');
    expect(view.callsTo('request')[1]).toMatchObject({
      url: 'http://127.0.0.1:3000/api/v1/auth/wechat/phone',
      method: 'POST',
      data: { code: 'phone-code' },
    });
    expect(view.callsTo('request')[1].header.authorization).toBe('Bearer wx-access');
    expect(view.storage.get('lb.user').phoneMasked).toBe('138****0002');
    expect(view.callsTo('switchTab')).toEqual([
      expect.objectContaining({ url: '/pages/mine/index' }),
    ]);
  });
});
