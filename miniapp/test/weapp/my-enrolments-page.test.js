const { renderBuiltPage } = require('./built-page');
const { ENROLMENT, SESSION } = require('./catalogue-data');
const { WORKER, signedIn } = require('./users');

const WAITLISTED = {
  ...ENROLMENT,
  id: 'e2',
  sessionId: 's2',
  status: 'waitlisted',
  waitlistPosition: 5,
  nextLesson: null,
  attendance: null,
  priority: true,
  session: { ...SESSION, id: 's2', title: '玉州区家政1月班', brandName: '八桂家政' },
};

describe('weapp build: 我的培训 (worker sub-package)', () => {
  it('lists the worker’s sessions with their status and waitlist position', async () => {
    const view = renderBuiltPage('packages/worker/pages/enrolments/index', {
      storage: signedIn(WORKER, '1'),
      answer: () => ({ data: { items: [WAITLISTED, ENROLMENT] } }),
    });
    await view.waitFor(() => view.text().includes('玉州区家政1月班'), 'the enrolments');
    const text = view.text();
    expect(text).toContain('福绵裁缝12月班');
    expect(text).toContain('候补中');
    expect(text).toContain('已报名');
    expect(text).toContain('候补第 5 位');
    expect(text).toContain('优先群体');
    expect(text).toContain('八桂家政');
    expect(text.split('取消报名')).toHaveLength(3);
    expect(view.callsTo('request')[0]).toMatchObject({
      url: 'http://127.0.0.1:3000/api/v1/enrolments/mine',
      method: 'GET',
    });
  });
});
