import { useEffect, useRef } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';

/**
 * Pull-to-refresh (the page config needs `enablePullDownRefresh: true`): runs `refresh` and puts the
 * spinner away once it settles, whether it worked or not (the page shows its own error).
 */
export function usePullRefresh(refresh: () => Promise<unknown>): void {
  const refreshRef = useRef(refresh);
  useEffect(() => {
    refreshRef.current = refresh;
  });
  usePullDownRefresh(() => {
    void refreshRef
      .current()
      .catch(() => undefined)
      .then(() => Taro.stopPullDownRefresh());
  });
}
