import { useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import type { ApplicationView, JobInvitationView, JobView, OccupationView } from '@app/shared/api';
import type { ApplicationStatus } from '@app/shared/enums';
import { api } from '../services/api';
import { notFound } from '../services/api-error';
import { getStoredUser } from '../services/auth-store';
import { PAGES } from '../utils/navigation';
import { currentViewer } from './use-enrolment';
import { useLoad } from './use-load';

/** One job (a draft only for its own employer). */
export function useJob(id: string) {
  return useLoad<JobView>(
    () => (id ? api.job(id).then((res) => res.job) : notFound('这个岗位')),
    id,
  );
}

/** The signed-in worker's applications, newest first, each with its job and timeline. */
export function useMyApplications() {
  return useLoad<ApplicationView[]>(() => api.myApplications().then((res) => res.items));
}

/** Employers' invitations to the signed-in worker (岗位邀请): pending first, then newest. */
export function useMyInvitations() {
  return useLoad<JobInvitationView[]>(() => api.myInvitations().then((res) => res.items));
}

/** Everyone who applied to one of the employer's jobs. */
export function useJobApplications(jobId: string) {
  return useLoad<ApplicationView[]>(
    () =>
      jobId ? api.jobApplications(jobId).then((res) => res.items) : notFound('这个岗位的投递记录'),
    jobId,
  );
}

/** Occupations for the job form: a brand's own, or the whole 培训清单 when no brand is chosen. */
export function useOccupationOptions(brandCode: string) {
  return useLoad<OccupationView[]>(
    () => api.listOccupations(brandCode ? { brandCode } : {}).then((res) => res.items),
    brandCode,
  );
}

/** A worker may take an application back until an offer is made (the server's rule). */
export function canWithdraw(status: ApplicationStatus): boolean {
  return status === 'applied' || status === 'viewed' || status === 'interview';
}

/** Who looks at a job: signed out, a worker, the employer who posted it, or anyone else. */
export type JobViewer = 'visitor' | 'worker' | 'owner' | 'other';

export function jobViewer(job: Pick<JobView, 'employerId'> | undefined): JobViewer {
  const viewer = currentViewer();
  if (viewer === 'visitor') return viewer;
  const user = getStoredUser();
  if (job && user?.employerId && user.employerId === job.employerId) return 'owner';
  return viewer;
}

export interface JobApply {
  /** The worker's application to this job; null: none (or not a worker); undefined: still asking. */
  application: ApplicationView | null | undefined;
  /** The application came from a tap on 投递 just now. */
  justApplied: boolean;
  busy: boolean;
  /** Why the last 投递 failed (an ApiError with the server's Chinese message). */
  error: unknown;
  apply: () => void;
  refresh: () => Promise<void>;
}

/**
 * 投递 on a job page: the worker's application already made (from 我的投递), and a tap that applies
 * (a repeat answers the same application). A visitor's tap goes to the login page first.
 */
export function useJobApply(jobId: string, viewer: JobViewer): JobApply {
  const mine = useLoad<ApplicationView | null>(
    () =>
      viewer === 'worker' && jobId
        ? api.myApplications().then((res) => res.items.find((a) => a.jobId === jobId) ?? null)
        : Promise.resolve(null),
    `${jobId}:${viewer}`,
  );
  const [justApplied, setJustApplied] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);

  // Back from the login page, the profile form or 我的投递 (a withdrawal): look again.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) {
      setError(null);
      mine.reload();
    }
    shown.current = true;
  });

  const apply = () => {
    if (viewer === 'visitor') {
      void Taro.navigateTo({ url: PAGES.login });
      return;
    }
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    api
      .applyForJob(jobId)
      .then(({ application }) => {
        mine.setData(application);
        setJustApplied(true);
      })
      .catch((e: unknown) => setError(e))
      .finally(() => {
        running.current = false;
        setBusy(false);
      });
  };

  return {
    // A failed look-up must not block 投递: a repeat answers the application already made.
    application:
      viewer !== 'worker'
        ? null
        : mine.data !== undefined
          ? mine.data
          : mine.error
            ? null
            : undefined,
    justApplied,
    busy,
    error,
    apply,
    refresh: mine.refresh,
  };
}
