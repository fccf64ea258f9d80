import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import type { NotificationListResponse } from '@app/shared/api';
import { api } from '../services/api';
import { getAccessToken } from '../services/auth-store';
import { useLoad } from './use-load';

/** 我的 is the fourth tab (首页 培训 岗位 我的). */
const MINE_TAB_INDEX = 3;

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

/** The inbox: the latest 50 messages and the unread count. */
export function useInbox() {
  return useLoad<NotificationListResponse>(() => api.myNotifications());
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
  return unread;
}
