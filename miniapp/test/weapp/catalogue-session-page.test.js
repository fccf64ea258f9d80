const { renderBuiltPage, tick } = require('./built-page');
const { ENROLMENT, SESSION_DETAIL } = require('./catalogue-data');
const { WORKER, signedIn } = require('./users');

const WAITLISTED = { ...ENROLMENT, status: 'waitlisted', waitlistPosition: 2, priority: true };

describe('weapp build: 培训班详情 (catalogue sub-package)', () => {
  it('renders the session; a worker’s 报名 sends a fresh key and shows the waitlist place in place', async () => {
    const view = renderBuiltPage('packages/catalogue/pages/session/index', {
      query: { id: 's1' },
      storage: signedIn(WORKER, '1'),
      answer: (option) => {
        if (option.url.endsWith('/enrolments/mine')) return { data: { items: [] } };
        if (option.url.endsWith('/sessions/s1/enrolments'))
          return { data: { enrolment: WAITLISTED } };
        return { data: { session: SESSION_DETAIL } };
      },
    });
    await view.waitFor(() => view.text().includes('时间安排'), 'the session');
    const text = view.text();
    expect(text).toContain('职业技能等级认定 · 初级工');
    expect(text).toContain('共 40 个，剩余 12 个名额');
    expect(text).toContain('09:00–12:00');
    expect(text).toContain('查看地图');
    expect(view.callsTo('request').map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET http://127.0.0.1:3000/api/v1/sessions/s1',
      'GET http://127.0.0.1:3000/api/v1/enrolments/mine',
    ]);

    // Let the worker's places (none) come back before the tap.
    await tick(50);
    view.page.querySelector('.enrol-bar__button').dispatchEvent('tap');
    await view.waitFor(() => view.text().includes('已进入候补，当前第 2 位'), 'the waitlist place');
    expect(view.text()).toContain('你属于优先群体');
    expect(view.text()).toContain('同组按报名先后');
    expect(view.text()).toContain('取消报名');
    expect(view.callsTo('showModal')).toHaveLength(0);
    const enrol = view.callsTo('request')[2];
    expect(enrol).toMatchObject({
      url: 'http://127.0.0.1:3000/api/v1/sessions/s1/enrolments',
      method: 'POST',
    });
    expect(enrol.data.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(enrol.header.authorization).toBe('Bearer token-1');
  });
});
