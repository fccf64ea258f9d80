const { renderBuiltPage } = require('./built-page');
const { BRAND, COVERED_BRAND, SESSION, page } = require('./catalogue-data');
const { signedIn } = require('./users');

const WORKER = {
  id: 'u1',
  displayName: '黄秀梅',
  roles: ['worker'],
  status: 'active',
  phoneMasked: '138****0001',
  regionCode: null,
  hasWorkerProfile: true,
};

const PROFILE = { currentRegionCode: '450903', currentRegionName: '福绵区' };

describe('weapp build: home page for a signed-in worker', () => {
  it('greets the worker, lists brands from the API and training in the worker’s county', async () => {
    const storage = signedIn(WORKER, '1');
    const view = renderBuiltPage('pages/index/index', {
      storage,
      answer: ({ url }) => {
        if (url.endsWith('/me')) return { data: { user: WORKER } };
        if (url.endsWith('/workers/me/profile')) return { data: { profile: PROFILE } };
        if (url.includes('/brands?')) return { data: page([BRAND, COVERED_BRAND]) };
        if (url.includes('/sessions?')) return { data: page([SESSION]) };
        return { statusCode: 404, data: { code: 'NOT_FOUND', message: url } };
      },
    });
    await view.waitFor(
      () => view.text().includes('你好') && view.text().includes('福绵裁缝12月班'),
      'the greeting and the nearby session',
    );

    const text = view.text();
    expect(text).toContain('你好，黄秀梅');
    expect(text).toContain('劳动者');
    expect(text).toContain('劳务品牌');
    expect(text).toContain('福绵区 · 县级');
    expect(text).toContain('八桂家政');
    expect(text).toContain('剩余 12 个名额');
    expect(text).toContain('为你推荐的岗位');
    // The brand with a cover shows it, lazily loaded.
    const image = view.page.dom.querySelector('image, wx-image');
    expect(image).toBeTruthy();

    // The build's API base for weapp: /me with the stored token, the catalogue without one.
    const requests = view.callsTo('request');
    const me = requests.find((r) => r.url.endsWith('/me'));
    expect(me).toMatchObject({ url: 'http://127.0.0.1:3000/api/v1/me', method: 'GET' });
    expect(me.header.authorization).toBe('Bearer token-1');
    const brands = requests.find((r) => r.url.includes('/brands?'));
    expect(brands.url).toBe('http://127.0.0.1:3000/api/v1/brands?page=1&pageSize=20');
    expect(brands.header.authorization).toBeUndefined();
    expect(requests.map((r) => r.url)).toContain(
      'http://127.0.0.1:3000/api/v1/sessions?regionCode=450903&pageSize=3',
    );
    expect(view.callsTo('reLaunch')).toEqual([]);
  });
});
