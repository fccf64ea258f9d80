import Taro from '@tarojs/taro';
import type { UserSummary } from '@app/shared/api';

/** Every page the app links to, in one place. */
export const PAGES = {
  home: '/pages/index/index',
  mine: '/pages/mine/index',
  login: '/pages/login/index',
  consent: '/packages/worker/pages/consent/index',
  profile: '/packages/worker/pages/profile/index',
  employerJobs: '/packages/employer/pages/jobs/index',
  employerSignup: '/packages/employer/pages/signup/index',
  organisation: '/packages/employer/pages/org/index',
  trainerSessions: '/packages/trainer/pages/sessions/index',
  providerSignup: '/packages/trainer/pages/signup/index',
  /** 代为登记劳动者: trainers and admins both open it. */
  assistedSignup: '/packages/trainer/pages/assisted/index',
  adminDashboard: '/packages/admin/pages/dashboard/index',
  adminOrganisations: '/packages/admin/pages/organisations/index',
  adminAudit: '/packages/admin/pages/audit/index',
  adminStaff: '/packages/admin/pages/staff/index',
  adminWorkers: '/packages/admin/pages/workers/index',
  adminWorker: '/packages/admin/pages/worker/index',
} as const;

const TAB_PAGES: readonly string[] = [
  PAGES.home,
  '/pages/training/index',
  '/pages/jobs/index',
  PAGES.mine,
];

/** The status page of the user's employer or training provider. */
export function organisationUrl(kind: 'employer' | 'provider'): string {
  return `${PAGES.organisation}?kind=${kind}`;
}

/** One worker's profile, as an admin sees it. */
export function adminWorkerUrl(userId: string): string {
  return `${PAGES.adminWorker}?userId=${encodeURIComponent(userId)}`;
}

/** A worker must read the privacy notice and fill in the profile before anything else. */
export function needsWorkerProfile(user: UserSummary): boolean {
  return user.roles.includes('worker') && user.hasWorkerProfile === false;
}

/** Where a fresh login lands: the privacy notice for a worker without a profile, else 我的. */
export function goAfterLogin(user: UserSummary): Promise<unknown> {
  return needsWorkerProfile(user)
    ? Taro.redirectTo({ url: PAGES.consent })
    : Taro.switchTab({ url: PAGES.mine });
}

/** Back to the previous page, or to `fallback` when this page was opened first. */
export function goBack(fallback: string = PAGES.mine): Promise<unknown> {
  if (Taro.getCurrentPages().length > 1) return Taro.navigateBack();
  return TAB_PAGES.includes(fallback)
    ? Taro.switchTab({ url: fallback })
    : Taro.redirectTo({ url: fallback });
}
