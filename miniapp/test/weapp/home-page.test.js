const { renderBuiltPage } = require('./built-page');

const WORKER = {
  id: 'u1',
  displayName: '黄秀梅',
  roles: ['worker'],
  status: 'active',
  phoneMasked: '138****0001',
  regionCode: null,
};

describe('weapp build: home page for a signed-in worker', () => {
  it('greets the worker in Chinese, lists brands and the recommendations section', async () => {
    const storage = new Map([
      ['lb.accessToken', 'token-1'],
      ['lb.refreshToken', 'refresh-1'],
      ['lb.user', WORKER],
    ]);
    const view = renderBuiltPage('pages/index/index', {
      storage,
      answer: () => ({ statusCode: 200, data: { user: WORKER } }),
    });
    await view.waitFor(() => view.text().includes('你好'), 'the greeting');

    const text = view.text();
    expect(text).toContain('你好，黄秀梅');
    expect(text).toContain('劳动者');
    expect(text).toContain('劳务品牌');
    for (const brand of ['福绵裁缝', '八桂家政', '羊城家政', '从化月嫂'])
      expect(text).toContain(brand);
    expect(text).toContain('为你推荐的岗位');

    // The build's API base for weapp, with the stored token.
    const [me] = view.callsTo('request');
    expect(me).toMatchObject({ url: 'http://127.0.0.1:3000/api/v1/me', method: 'GET' });
    expect(me.header.authorization).toBe('Bearer token-1');
    expect(view.callsTo('reLaunch')).toEqual([]);
  });
});
