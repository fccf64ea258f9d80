import { useEffect, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { UserSummary } from '@app/shared/api';
import { api } from '../services/api';
import { ApiError, showError } from '../services/api-error';
import { getAccessToken, getStoredUser, saveUser } from '../services/auth-store';

/** The signed-in user: the stored copy at once, refreshed from the server. */
export function useMe(): { user: UserSummary | null; loading: boolean } {
  const [user, setUser] = useState<UserSummary | null>(() => getStoredUser());
  const [loading, setLoading] = useState(true);
  // Back on a tab page after a sign-up or a profile save: show what the store now holds.
  useDidShow(() => setUser(getStoredUser()));
  useEffect(() => {
    let alive = true;
    if (getAccessToken() === null) {
      setLoading(false);
      return undefined;
    }
    api
      .getMe()
      .then((res) => {
        if (!alive) return;
        saveUser(res.user);
        setUser(res.user);
      })
      .catch((error: unknown) => {
        if (alive && !(error instanceof ApiError && error.status === 401)) showError(error);
      })
      .finally(() => alive && setLoading(false));
    return () => {
      alive = false;
    };
  }, []);
  return { user, loading };
}
