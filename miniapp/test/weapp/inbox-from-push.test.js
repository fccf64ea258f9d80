const { renderBuiltPage, tick } = require('./built-page');
const { WORKER, signedIn } = require('./users');

const OFFER = {
  id: '0b7f5c8e-4a57-4a8e-9d0c-5a4f4d1e2b61',
  kind: 'application.offered',
  title: '录用通知',
  body: '玉林福绵服装有限公司向你发出了录用通知。',
  link: null,
  createdAt: '2026-11-23T02:00:00.000Z',
  readAt: null,
};

describe('weapp build: a push opens 我的消息 with nid', () => {
  it('marks that message read once, lists it as read and updates the 我的 badge', async () => {
    let read = false;
    const list = () => ({
      items: [{ ...OFFER, readAt: read ? '2026-11-23T03:00:00.000Z' : null }],
      unread: read ? 0 : 1,
    });
    const view = renderBuiltPage('packages/worker/pages/inbox/index', {
      storage: signedIn(WORKER, '1'),
      query: { nid: OFFER.id },
      answer: (option) => {
        if (option.method === 'POST' && option.url.endsWith(`/notifications/${OFFER.id}/read`)) {
          read = true;
          return { statusCode: 200, data: list() };
        }
        if (option.url.endsWith('/notifications/mine')) return { statusCode: 200, data: list() };
        return { statusCode: 404, data: { code: 'NOT_FOUND', message: '没有找到' } };
      },
    });
    await view.waitFor(() => view.text().includes('录用通知'), 'the message');
    await tick(50);
    expect(view.text()).toContain('消息都已读过');
    expect(view.page.querySelector('.message--unread')).toBeFalsy();
    const requests = view.callsTo('request').map((r) => `${r.method ?? 'GET'} ${r.url}`);
    expect(requests.filter((r) => r.includes('/read'))).toEqual([
      `POST http://127.0.0.1:3000/api/v1/notifications/${OFFER.id}/read`,
    ]);
    expect(requests.indexOf(`GET http://127.0.0.1:3000/api/v1/notifications/mine`)).toBeGreaterThan(
      requests.findIndex((r) => r.includes('/read')),
    );
    expect(view.callsTo('removeTabBarBadge')).toEqual([expect.objectContaining({ index: 3 })]);
  });
});
