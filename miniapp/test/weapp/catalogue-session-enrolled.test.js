const { renderBuiltPage } = require('./built-page');
const { ENROLMENT, SESSION_DETAIL } = require('./catalogue-data');
const { WORKER, signedIn } = require('./users');

describe('weapp build: 培训班详情 for a worker who already holds a seat', () => {
  it('shows the status instead of 报名; 取消报名 asks first, then cancels and offers 报名 again', async () => {
    const view = renderBuiltPage('packages/catalogue/pages/session/index', {
      query: { id: 's1' },
      storage: signedIn(WORKER, '1'),
      answer: (option) => {
        if (option.url.endsWith('/enrolments/mine')) return { data: { items: [ENROLMENT] } };
        if (option.url.endsWith('/enrolments/e1/cancel')) {
          return { data: { enrolment: { ...ENROLMENT, status: 'cancelled' } } };
        }
        return { data: { session: SESSION_DETAIL } };
      },
    });
    await view.waitFor(() => view.text().includes('报名状态：已报名'), 'the seat held');
    expect(view.page.querySelector('.enrol-bar__cancel')).toBeTruthy();

    view.page.querySelector('.enrol-bar__cancel').dispatchEvent('tap');
    await view.waitFor(() => !view.text().includes('报名状态：已报名'), 'the seat to be given up');
    expect(view.callsTo('showModal')).toEqual([expect.objectContaining({ title: '取消报名' })]);
    expect(view.callsTo('request')[2]).toMatchObject({
      url: 'http://127.0.0.1:3000/api/v1/enrolments/e1/cancel',
      method: 'POST',
    });
    expect(view.page.querySelector('.enrol-bar__cancel')).toBeFalsy();
    expect(view.page.querySelector('.enrol-bar__button')).toBeTruthy();
  });
});
