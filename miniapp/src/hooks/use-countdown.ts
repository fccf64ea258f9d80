import { useCallback, useEffect, useState } from 'react';

/** Seconds left before something may be done again (获取验证码), ticking down once a second. */
export function useCountdown(): { seconds: number; start: (seconds: number) => void } {
  const [seconds, setSeconds] = useState(0);
  const running = seconds > 0;
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setSeconds((s) => (s > 1 ? s - 1 : 0)), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const start = useCallback((s: number) => setSeconds(Math.max(0, Math.round(s))), []);
  return { seconds, start };
}
