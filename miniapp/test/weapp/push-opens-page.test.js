const { renderBuiltPage } = require('./built-page');
const { WORKER, signedIn } = require('./users');

const NID = '5d0c3a1e-8f2b-4c61-9a7e-2b9d4f6e1c30';

describe('weapp build: a push opens a page other than the inbox, with nid', () => {
  it('the app marks that message read, once, and the page shows the count after it', async () => {
    let read = false;
    const view = renderBuiltPage('pages/mine/index', {
      storage: signedIn(WORKER, '1'),
      query: { nid: NID },
      answer: (option) => {
        if (option.method === 'POST' && option.url.endsWith(`/notifications/${NID}/read`)) {
          read = true;
          return { statusCode: 200, data: { items: [], unread: 2 } };
        }
        if (option.url.endsWith('/notifications/mine')) {
          return { statusCode: 200, data: { items: [], unread: read ? 2 : 3 } };
        }
        return { statusCode: 200, data: { user: WORKER } };
      },
    });
    await view.waitFor(() => read && view.text().includes('2 条未读'), 'the new unread count');
    const marks = view.callsTo('request').filter((r) => r.url.includes('/read'));
    expect(marks).toEqual([
      expect.objectContaining({
        method: 'POST',
        url: `http://127.0.0.1:3000/api/v1/notifications/${NID}/read`,
      }),
    ]);
    expect(view.callsTo('setTabBarBadge')).toContainEqual(
      expect.objectContaining({ index: 3, text: '2' }),
    );
  });
});
