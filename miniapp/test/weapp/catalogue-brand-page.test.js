const { renderBuiltPage } = require('./built-page');
const { BRAND_DETAIL } = require('./catalogue-data');

describe('weapp build: 品牌详情 (catalogue sub-package)', () => {
  it('renders the brand with its occupations, targets, sessions and affiliates, signed out', async () => {
    const view = renderBuiltPage('packages/catalogue/pages/brand/index', {
      query: { code: 'fumian-tailor' },
      answer: () => ({ data: { brand: BRAND_DETAIL } }),
    });
    await view.waitFor(() => view.text().includes('目标与进展'), 'the brand');
    const text = view.text();
    expect(text).toContain('福绵区 · 县级');
    expect(text).toContain('裁缝手艺代代相传');
    expect(text).toContain('缝纫工');
    expect(text).toContain('补贴 1200 元/人');
    expect(text).toContain('已培训 0 / 目标 10000 人次');
    expect(text).toContain('福绵裁缝12月班');
    expect(text).toContain('龙头企业');
    expect(text).toContain('演示');
    expect(view.callsTo('request').map((r) => r.url)).toEqual([
      'http://127.0.0.1:3000/api/v1/brands/fumian-tailor',
    ]);
    expect(view.callsTo('setNavigationBarTitle')).toEqual([
      expect.objectContaining({ title: '福绵裁缝' }),
    ]);
  });
});
