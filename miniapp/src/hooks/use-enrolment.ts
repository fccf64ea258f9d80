import { useEffect, useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import type { EnrolmentView } from '@app/shared/api';
import { api } from '../services/api';
import { showError } from '../services/api-error';
import { getAccessToken, getStoredUser } from '../services/auth-store';
import { newIdempotencyKey } from '../utils/idempotency';
import { PAGES } from '../utils/navigation';
import { askToSubscribe } from '../utils/subscribe';
import { useLoad } from './use-load';

/** Who is looking at a session: someone signed out, a worker, or another role (no 报名 for them). */
export type Viewer = 'visitor' | 'worker' | 'other';

/** Who is signed in on this phone, read from the stored session. */
export function currentViewer(): Viewer {
  if (getAccessToken() === null) return 'visitor';
  return getStoredUser()?.roles.includes('worker') ? 'worker' : 'other';
}

/** A seat or a waitlist place the worker still holds: these can be cancelled. */
export function holdsPlace(enrolment: EnrolmentView): boolean {
  return enrolment.status === 'enrolled' || enrolment.status === 'waitlisted';
}

/** The signed-in worker's enrolments, newest first, with each session and waitlist position. */
export function useMyEnrolments() {
  return useLoad<EnrolmentView[]>(() => api.myEnrolments().then((res) => res.items));
}

/** Asks before cancelling; resolves true when the worker confirms. */
export async function confirmCancel(enrolment: EnrolmentView): Promise<boolean> {
  const { confirm } = await Taro.showModal({
    title: '取消报名',
    content:
      enrolment.status === 'waitlisted'
        ? `确定不再候补“${enrolment.session.title}”吗？以后再报名要重新排队。`
        : `确定取消“${enrolment.session.title}”的报名吗？名额会让给候补的人。`,
    confirmText: '取消报名',
    cancelText: '不取消',
  });
  return confirm;
}

export interface SessionEnrolment {
  viewer: Viewer;
  /** The worker's enrolment in this session (any but a cancelled one); null: none; undefined: still asking. */
  place: EnrolmentView | null | undefined;
  /** The place came from a tap on 报名 just now (报名成功), not from an earlier visit. */
  justEnrolled: boolean;
  busy: boolean;
  /** Why the last 报名 failed (an ApiError with the server's Chinese message). */
  error: unknown;
  enrol: () => void;
  cancel: () => void;
  /** Asks for the place again (pull-to-refresh), settling once the answer is in. */
  refresh: () => Promise<void>;
}

/**
 * 报名 on a session page: for a worker, the place already held (GET /enrolments/mine), 报名 with a
 * fresh idempotency key per tap, and 取消报名 after a confirmation. A visitor's tap goes to the login
 * page; other roles get nothing.
 */
export function useSessionEnrolment(sessionId: string): SessionEnrolment {
  const [viewer, setViewer] = useState<Viewer>(currentViewer);
  const place = useLoad<EnrolmentView | null>(
    () =>
      viewer === 'worker' && sessionId
        ? api
            .myEnrolments()
            .then(
              (res) =>
                res.items.find((e) => e.sessionId === sessionId && e.status !== 'cancelled') ??
                null,
            )
        : Promise.resolve(null),
    `${sessionId}:${viewer}`,
  );
  const [justEnrolled, setJustEnrolled] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);

  // Back on this page (signed in, the profile filled in, a place cancelled in 我的培训): look again.
  const viewerNow = useRef(viewer);
  useEffect(() => {
    viewerNow.current = viewer;
  });
  const shown = useRef(false);
  useDidShow(() => {
    if (!shown.current) {
      shown.current = true;
      return;
    }
    setError(null);
    const now = currentViewer();
    if (now === viewerNow.current) place.reload();
    else setViewer(now);
  });

  const run = async (action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await action();
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const enrol = () => {
    if (viewer === 'visitor') {
      void Taro.navigateTo({ url: PAGES.login });
      return;
    }
    void run(async () => {
      setError(null);
      try {
        const { enrolment } = await api.enrol(sessionId, newIdempotencyKey());
        place.setData(enrolment);
        setJustEnrolled(true);
        // Offered only once the place is held; on H5 or without a template this does nothing.
        void askToSubscribe('enrolment', {
          confirm: {
            title: '订阅报名通知',
            content: '开班时间变动、候补转正等消息，可以通过微信通知你。',
          },
        });
      } catch (e) {
        setError(e);
      }
    });
  };

  const cancel = () => {
    const held = place.data;
    if (!held || running.current) return;
    void run(async () => {
      if (!(await confirmCancel(held))) return;
      try {
        const { enrolment } = await api.cancelEnrolment(held.id);
        place.setData(enrolment.status === 'cancelled' ? null : enrolment);
        setJustEnrolled(false);
        void Taro.showToast({ title: '已取消报名', icon: 'success' });
      } catch (e) {
        showError(e);
      }
    });
  };

  return {
    viewer,
    // A failed look-up still offers 报名: the server answers a repeat with the place already held.
    place: place.data === undefined && place.error ? null : place.data,
    justEnrolled,
    busy,
    error,
    enrol,
    cancel,
    refresh: place.refresh,
  };
}
