const { renderBuiltPage, tick } = require('./built-page');
const { SESSION_DETAIL } = require('./catalogue-data');

describe('weapp build: 培训班详情 (catalogue sub-package)', () => {
  it('renders the session; 报名 only shows the coming-soon modal', async () => {
    const view = renderBuiltPage('packages/catalogue/pages/session/index', {
      query: { id: 's1' },
      answer: () => ({ data: { session: SESSION_DETAIL } }),
    });
    await view.waitFor(() => view.text().includes('时间安排'), 'the session');
    const text = view.text();
    expect(text).toContain('职业技能等级认定 · 初级工');
    expect(text).toContain('共 40 个，剩余 12 个名额');
    expect(text).toContain('09:00–12:00');
    expect(text).toContain('查看地图');

    view.page.querySelector('.enrol-bar__button').dispatchEvent('tap');
    for (let i = 0; i < 20 && view.callsTo('showModal').length === 0; i++) await tick();
    expect(view.callsTo('showModal')).toEqual([
      expect.objectContaining({ content: '报名功能即将开放' }),
    ]);
    expect(view.callsTo('request')).toHaveLength(1);
  });
});
