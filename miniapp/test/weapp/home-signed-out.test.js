const { renderBuiltPage, tick } = require('./built-page');
const { BRAND, SESSION, page } = require('./catalogue-data');

describe('weapp build: home page without a login', () => {
  it('shows the public brands and 玉林市 training, and a way to log in, without a redirect', async () => {
    const view = renderBuiltPage('pages/index/index', {
      answer: ({ url }) => ({ data: url.includes('/brands?') ? page([BRAND]) : page([SESSION]) }),
    });
    await view.waitFor(() => view.text().includes('福绵裁缝12月班'), 'the nearby session');
    await tick();
    const text = view.text();
    expect(text).toContain('登录 / 注册');
    expect(text).toContain('福绵区 · 县级');
    expect(text).not.toContain('你好');
    expect(view.callsTo('reLaunch')).toEqual([]);
    expect(
      view
        .callsTo('request')
        .map((r) => r.url)
        .sort(),
    ).toEqual([
      'http://127.0.0.1:3000/api/v1/brands?page=1&pageSize=20',
      'http://127.0.0.1:3000/api/v1/sessions?regionCode=450900&pageSize=3',
    ]);
  });
});
