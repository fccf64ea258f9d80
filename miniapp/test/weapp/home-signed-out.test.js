const { renderBuiltPage, tick } = require('./built-page');

describe('weapp build: home page without a login', () => {
  it('sends the visitor to the login page and asks the server nothing', async () => {
    const view = renderBuiltPage('pages/index/index');
    for (let i = 0; i < 20 && view.callsTo('reLaunch').length === 0; i++) await tick();
    expect(view.callsTo('reLaunch')).toEqual([
      expect.objectContaining({ url: '/pages/login/index' }),
    ]);
    expect(view.callsTo('request')).toEqual([]);
    expect(view.text()).not.toContain('你好');
  });
});
