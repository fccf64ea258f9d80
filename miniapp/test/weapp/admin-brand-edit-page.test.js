const { renderBuiltPage, tick } = require('./built-page');
const { BRAND_DETAIL } = require('./catalogue-data');
const { ADMIN, signedIn } = require('./users');

const BRAND = { ...BRAND_DETAIL, extraRegionCodes: ['440111'] };

describe('weapp build: 编辑品牌 (admin sub-package)', () => {
  it('shows the brand’s form, targets and units, and archives it after the confirmation', async () => {
    const view = renderBuiltPage('packages/admin/pages/brand-edit/index', {
      query: { code: 'fumian-tailor' },
      storage: signedIn(ADMIN, 'a'),
      answer: (option) => {
        if (option.url.endsWith('/occupations')) {
          return { data: { items: BRAND.occupations } };
        }
        return { data: { brand: BRAND } };
      },
    });
    await view.waitFor(() => view.text().includes('保存目标'), 'the brand form');
    const text = view.text();
    expect(text).toContain('fumian-tailor');
    expect(text).toContain('广西壮族自治区 玉林市 福绵区');
    expect(text).toContain('广东省 广州市 白云区');
    expect(text).toContain('2025年目标');
    expect(text).toContain('示例服装有限公司');
    expect(text).toContain('归档后不再对外显示，历史数据保留');
    expect(view.callsTo('request')[0]).toMatchObject({
      url: 'http://127.0.0.1:3000/api/v1/brands/fumian-tailor',
      method: 'GET',
      header: { 'cache-control': 'no-cache' },
    });

    view.page.querySelector('.brand-archive__button').dispatchEvent('tap');
    for (let i = 0; i < 20 && view.callsTo('redirectTo').length === 0; i++) await tick();
    expect(view.callsTo('showModal')).toEqual([
      expect.objectContaining({ content: expect.stringContaining('历史数据保留') }),
    ]);
    expect(view.callsTo('request')).toContainEqual(
      expect.objectContaining({
        url: 'http://127.0.0.1:3000/api/v1/admin/brands/fumian-tailor/archive',
        method: 'POST',
      }),
    );
    expect(view.callsTo('redirectTo')).toEqual([
      expect.objectContaining({ url: '/packages/admin/pages/brands/index' }),
    ]);
  });
});
