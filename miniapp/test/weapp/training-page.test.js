const { renderBuiltPage } = require('./built-page');
const { BRAND, SESSION, page } = require('./catalogue-data');

describe('weapp build: 培训 tab without a login', () => {
  it('lists open sessions with the filters, and asks for brands for the brand filter', async () => {
    const view = renderBuiltPage('pages/training/index', {
      answer: ({ url }) => ({ data: url.includes('/brands?') ? page([BRAND]) : page([SESSION]) }),
    });
    await view.waitFor(() => view.text().includes('福绵裁缝12月班'), 'the session list');
    const text = view.text();
    for (const label of [
      '品牌',
      '全部品牌',
      '全部地区',
      '不限月份',
      '只看有名额',
      '剩余 12 个名额',
    ]) {
      expect(text).toContain(label);
    }
    expect(view.callsTo('reLaunch')).toEqual([]);
    expect(
      view
        .callsTo('request')
        .map((r) => r.url)
        .sort(),
    ).toEqual([
      'http://127.0.0.1:3000/api/v1/brands?pageSize=50',
      'http://127.0.0.1:3000/api/v1/sessions?page=1&pageSize=20',
    ]);
  });
});
