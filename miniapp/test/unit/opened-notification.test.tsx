import { act, screen } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import type { NotificationView } from '@app/shared/api';
import App from '../../src/app';
import { markOpenedNotification } from '../../src/hooks/use-notifications';
import InboxPage from '../../src/packages/worker/pages/inbox/index';
import MinePage from '../../src/pages/mine/index';
import { saveLogin } from '../../src/services/auth-store';
import { sentCalls, serve } from './catalogue-fixtures';
import { fail, ok, WORKER, WORKER_LOGIN } from './fixtures';
import { renderSettled } from './ui';

const mockRouter = useRouter as unknown as jest.Mock;

const MESSAGE: NotificationView = {
  id: 'n-offer',
  kind: 'application.offered',
  title: '录用通知',
  body: '玉林福绵服装有限公司向你发出了录用通知。',
  link: '/packages/worker/pages/applications/index',
  createdAt: '2026-11-23T02:00:00.000Z',
  readAt: null,
};
const READ_AT = '2026-11-23T03:00:00.000Z';

/**
 * The server's inbox with one unread message per id in `unread` plus one read message: GET lists
 * them, POST …/read marks one and answers the list as it is after that.
 */
function serveInbox(unread: string[]) {
  const readIds = new Set<string>();
  const list = () => {
    const items = unread.map((id) => ({
      ...MESSAGE,
      id,
      readAt: readIds.has(id) ? READ_AT : null,
    }));
    return { items, unread: items.filter((m) => m.readAt === null).length };
  };
  serve((method, path) => {
    if (path === '/me') return ok({ user: WORKER });
    if (method === 'GET' && path === '/notifications/mine') return ok(list());
    const read = /^\/notifications\/([^/]+)\/read$/.exec(path);
    if (method === 'POST' && read) {
      if (!unread.includes(read[1])) return fail(404, 'NOT_FOUND', '没有找到');
      readIds.add(read[1]);
      return ok(list());
    }
    return undefined;
  });
}

/** The app opening on a page whose query is `query` (what a push's page link carries). */
async function openApp(query: Record<string, string>) {
  mockRouter.mockReturnValue({ params: query });
  return renderSettled(
    <App>
      <Text>页面</Text>
    </App>,
  );
}

describe('a page opened from a push (nid in its query)', () => {
  it('marks that message read once, whichever page it is, and puts the new count on the 我的 tab', async () => {
    saveLogin(WORKER_LOGIN);
    serveInbox(['n-a', 'n-b', 'n-c']);
    await openApp({ id: 's-1', nid: 'n-a' });
    expect(screen.getByText('页面')).toBeTruthy();
    expect(sentCalls()).toEqual(['POST /notifications/n-a/read']);
    expect(Taro.setTabBarBadge).toHaveBeenCalledWith({ index: 3, text: '2' });

    // Shown again (back from the background, or another page asks): nothing more is sent.
    await openApp({ id: 's-1', nid: 'n-a' });
    await act(() => markOpenedNotification('n-a'));
    expect(sentCalls()).toEqual(['POST /notifications/n-a/read']);
  });

  it('takes the badge off when that was the last unread message', async () => {
    saveLogin(WORKER_LOGIN);
    serveInbox(['n-last']);
    await openApp({ nid: 'n-last' });
    expect(Taro.removeTabBarBadge).toHaveBeenCalledWith({ index: 3 });
  });

  it('sends nothing without a nid', async () => {
    saveLogin(WORKER_LOGIN);
    serveInbox(['n-a']);
    await openApp({ id: 's-1' });
    expect(sentCalls()).toEqual([]);
  });

  it('sends nothing when signed out, and shows nothing', async () => {
    serveInbox(['n-out']);
    await openApp({ nid: 'n-out' });
    expect(sentCalls()).toEqual([]);
    expect(Taro.showToast).not.toHaveBeenCalled();
    expect(Taro.reLaunch).not.toHaveBeenCalled();
  });

  it('stays quiet when the server refuses (another account’s message)', async () => {
    saveLogin(WORKER_LOGIN);
    serveInbox(['n-mine']);
    await openApp({ nid: 'n-someone-else' });
    expect(sentCalls()).toEqual(['POST /notifications/n-someone-else/read']);
    expect(Taro.showToast).not.toHaveBeenCalled();
    expect(Taro.showModal).not.toHaveBeenCalled();
    expect(Taro.setTabBarBadge).not.toHaveBeenCalled();
    await expect(markOpenedNotification('n-someone-else')).resolves.toBeUndefined();
  });

  it('stays quiet with no network', async () => {
    saveLogin(WORKER_LOGIN);
    (Taro.request as unknown as jest.Mock).mockRejectedValue(new Error('request:fail'));
    await openApp({ nid: 'n-offline' });
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  it('the inbox opened with nid lists that message as read', async () => {
    saveLogin(WORKER_LOGIN);
    serveInbox(['n-inbox', 'n-other']);
    mockRouter.mockReturnValue({ params: { nid: 'n-inbox' } });
    const { container } = await renderSettled(<InboxPage />);
    await act(async () => undefined);
    expect(sentCalls()).toEqual(['POST /notifications/n-inbox/read', 'GET /notifications/mine']);
    expect(container.querySelectorAll('.message')).toHaveLength(2);
    expect(container.querySelectorAll('.message--unread')).toHaveLength(1);
    expect(screen.getByText('1 条未读，点开即为已读')).toBeTruthy();
  });

  it('the inbox waits for the app’s mark instead of sending another', async () => {
    saveLogin(WORKER_LOGIN);
    serveInbox(['n-both']);
    mockRouter.mockReturnValue({ params: { nid: 'n-both' } });
    const { container } = await renderSettled(
      <App>
        <InboxPage />
      </App>,
    );
    await act(async () => undefined);
    expect(sentCalls()).toEqual(['POST /notifications/n-both/read', 'GET /notifications/mine']);
    expect(container.querySelectorAll('.message--unread')).toHaveLength(0);
    expect(screen.getByText('消息都已读过')).toBeTruthy();
  });

  it('我的, already open, shows the new unread count', async () => {
    saveLogin(WORKER_LOGIN);
    serveInbox(['n-x', 'n-y']);
    await renderSettled(<MinePage />);
    expect(screen.getByText('2 条未读')).toBeTruthy();
    await act(() => markOpenedNotification('n-x'));
    expect(screen.getByText('1 条未读')).toBeTruthy();
  });
});
