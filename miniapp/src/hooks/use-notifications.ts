import { useEffect, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import type { NotificationListResponse } from '@app/shared/api';
import { api } from '../services/api';
import { getAccessToken } from '../services/auth-store';
import { useLoad } from './use-load';

/** 我的 is the fourth tab (首页 培训 岗位 我的). */
const MINE_TAB_INDEX = 3;

/** Taro event with the new unread count, when a message was read somewhere other than 我的. */
const UNREAD_CHANGED = 'notifications:unread';

/** '3', or '99+' for a long backlog. */
export function unreadText(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}

/** The red number on the 我的 tab; best effort (a page without the tab bar refuses, which is fine). */
function showUnreadOnTab(unread: number): void {
  try {
    const done =
      unread > 0
        ? Taro.setTabBarBadge({ index: MINE_TAB_INDEX, text: unreadText(unread) })
        : Taro.removeTabBarBadge({ index: MINE_TAB_INDEX });
    void Promise.resolve(done).catch(() => undefined);
  } catch {
    // No tab bar here.
  }
}

/** A message was read: the tab badge and 我的 (when it is open) show the new count. */
export function unreadChanged(unread: number): void {
  showUnreadOnTab(unread);
  Taro.eventCenter.trigger(UNREAD_CHANGED, unread);
}

/** Ids of the messages opened from a push in this run of the app, and how marking them went. */
const opened = new Map<string, Promise<void>>();

/**
 * A push message opens its page with `nid=<message id>` in the query (the server's pushPage): marks
 * that message read, once per id, and updates the unread count. Quiet: signed out it sends nothing,
 * and a refusal (another account's message, no network) shows nothing. Never rejects; resolves once
 * the mark has landed (or failed), so the inbox can list the messages after it.
 */
export function markOpenedNotification(nid: unknown): Promise<void> {
  if (typeof nid !== 'string' || nid === '' || getAccessToken() === null) {
    return Promise.resolve();
  }
  let done = opened.get(nid);
  if (!done) {
    done = api.markNotificationRead(nid).then(
      (res) => unreadChanged(res.unread),
      () => undefined,
    );
    opened.set(nid, done);
  }
  return done;
}

/**
 * For the app component: whenever the app comes to the front, a `nid` in the query of the page it
 * opens on marks that message read. WeChat hands the app the page's query when a push (or any link)
 * opens it, cold or from the background; Taro's H5 router does the same from the address on load.
 */
export function useOpenedFromNotification(): void {
  useDidShow((options) => {
    const query: Record<string, unknown> | undefined = options?.query;
    void markOpenedNotification(query?.nid);
  });
}

/**
 * The inbox: the latest 50 messages and the unread count. Opened from a push (`nid`), it lists them
 * once that message is marked read, so it shows as read.
 */
export function useInbox(nid?: string) {
  return useLoad<NotificationListResponse>(() =>
    markOpenedNotification(nid).then(() => api.myNotifications()),
  );
}

/**
 * How many messages are unread, asked again every time the page shows (我的), and put on the 我的
 * tab as a badge. 0 when signed out or when the inbox cannot be reached (a badge is not worth an
 * error message).
 */
export function useUnreadCount(): number {
  const [unread, setUnread] = useState(0);
  useDidShow(() => {
    if (getAccessToken() === null) return;
    api.myNotifications().then(
      (res) => {
        const count = typeof res.unread === 'number' ? res.unread : 0;
        setUnread(count);
        showUnreadOnTab(count);
      },
      () => undefined,
    );
  });
  useEffect(() => {
    const onChange = (count: number) => setUnread(count);
    Taro.eventCenter.on(UNREAD_CHANGED, onChange);
    return () => {
      Taro.eventCenter.off(UNREAD_CHANGED, onChange);
    };
  }, []);
  return unread;
}
