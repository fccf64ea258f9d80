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

describe('weapp build: login page, a new worker', () => {
  it('sends a worker with a phone but no profile straight to the privacy notice', async () => {
    const view = renderBuiltPage('pages/login/index', {
      answer: () => ({
        statusCode: 200,
        data: { ...LOGIN, user: { ...USER, phoneMasked: '138****0002', hasWorkerProfile: false } },
      }),
    });
    await view.waitFor(() => view.text().includes('微信一键登录'), 'the WeChat login button');
    view.page.querySelector('.login__button').dispatchEvent('tap');
    await until(view, 'redirectTo');
    expect(view.callsTo('redirectTo')).toEqual([
      expect.objectContaining({ url: '/packages/worker/pages/consent/index' }),
    ]);
    expect(view.text()).not.toContain('授权手机号');
  });
});
