import Taro from '@tarojs/taro';
import type { UserSummary } from '@app/shared/api';

/** Every page the app links to, in one place. */
export const PAGES = {
  home: '/pages/index/index',
  training: '/pages/training/index',
  mine: '/pages/mine/index',
  /** 岗位 (tab). */
  jobs: '/pages/jobs/index',
  login: '/pages/login/index',
  consent: '/packages/worker/pages/consent/index',
  profile: '/packages/worker/pages/profile/index',
  /** 我的培训: the worker's enrolments. */
  myEnrolments: '/packages/worker/pages/enrolments/index',
  /** 我的消息: every signed-in user's inbox (the page lives in the worker sub-package). */
  inbox: '/packages/worker/pages/inbox/index',
  /** 扫码签到 (worker). */
  checkIn: '/packages/worker/pages/check-in/index',
  /** 我的证书 (worker). */
  certificates: '/packages/worker/pages/certificates/index',
  /** 我的投递 (worker). */
  myApplications: '/packages/worker/pages/applications/index',
  employerJobs: '/packages/employer/pages/jobs/index',
  /** 发布 / 修改岗位 (`?id=` to edit). */
  employerJobEdit: '/packages/employer/pages/job-edit/index',
  /** One job's applicants (`?jobId=`). */
  employerApplicants: '/packages/employer/pages/applicants/index',
  /** Workers recommended for one job (`?jobId=`). */
  employerCandidates: '/packages/employer/pages/candidates/index',
  employerSignup: '/packages/employer/pages/signup/index',
  organisation: '/packages/employer/pages/org/index',
  trainerSessions: '/packages/trainer/pages/sessions/index',
  trainerSessionEdit: '/packages/trainer/pages/session-edit/index',
  trainerCourses: '/packages/trainer/pages/courses/index',
  /** 点名: a session's roll (`?sessionId=`). */
  trainerRoster: '/packages/trainer/pages/roster/index',
  /** 签到二维码 for one lesson (`?lessonId=`). */
  trainerLessonQr: '/packages/trainer/pages/qr/index',
  /** 结业审核 (`?id=<sessionId>`). */
  trainerCompletion: '/packages/trainer/pages/completion/index',
  /** 技能评价 (`?id=<sessionId>`). */
  trainerAssessments: '/packages/trainer/pages/assessments/index',
  providerSignup: '/packages/trainer/pages/signup/index',
  /** 代为登记劳动者: trainers and admins both open it. */
  assistedSignup: '/packages/trainer/pages/assisted/index',
  adminDashboard: '/packages/admin/pages/dashboard/index',
  adminOrganisations: '/packages/admin/pages/organisations/index',
  adminAudit: '/packages/admin/pages/audit/index',
  adminStaff: '/packages/admin/pages/staff/index',
  adminWorkers: '/packages/admin/pages/workers/index',
  adminWorker: '/packages/admin/pages/worker/index',
  adminBrands: '/packages/admin/pages/brands/index',
  adminBrandEdit: '/packages/admin/pages/brand-edit/index',
  adminOccupations: '/packages/admin/pages/occupations/index',
  adminSessions: '/packages/admin/pages/sessions/index',
  adminCertifications: '/packages/admin/pages/certifications/index',
  adminFairs: '/packages/admin/pages/fairs/index',
  /** 推荐覆盖: the "≥3 per trainee" rule in the admin's region. */
  adminCoverage: '/packages/admin/pages/reach/index',
  /** Public detail pages: the catalogue sub-package. */
  brand: '/packages/catalogue/pages/brand/index',
  session: '/packages/catalogue/pages/session/index',
  /** 选择地区 for the 培训 tab's filter (the county table is too big for the main package). */
  regionFilter: '/packages/catalogue/pages/region/index',
  /** 岗位详情 (public, `?id=`). */
  job: '/packages/catalogue/pages/job/index',
  /** 专场招聘 (public, `?id=`). */
  fair: '/packages/catalogue/pages/fair/index',
  /** 证书查询 (public, `?no=`). */
  verifyCertificate: '/packages/catalogue/pages/verify/index',
} as const;

/** The tabs that open 选择地区 for their filter. */
export type RegionFilterTab = 'training' | 'jobs';

/** The event 选择地区 sends back (Taro.eventCenter) with a RegionChoice: one per tab, so only the asker hears it. */
export function regionPickedEvent(tab: RegionFilterTab): string {
  return `catalogue:region-picked:${tab}`;
}

/** What 选择地区 answers: a county or city code and its label, or '' for every region. */
export interface RegionChoice {
  code: string;
  label: string;
}

const TAB_PAGES: readonly string[] = [PAGES.home, PAGES.training, PAGES.jobs, PAGES.mine];

/** The status page of the user's employer or training provider. */
export function organisationUrl(kind: 'employer' | 'provider'): string {
  return `${PAGES.organisation}?kind=${kind}`;
}

/** One worker's profile, as an admin sees it. */
export function adminWorkerUrl(userId: string): string {
  return `${PAGES.adminWorker}?userId=${encodeURIComponent(userId)}`;
}

/** The admin's brand form: a new brand, or `code` to edit one. */
export function brandEditUrl(code?: string): string {
  return code ? `${PAGES.adminBrandEdit}?code=${encodeURIComponent(code)}` : PAGES.adminBrandEdit;
}

/** A labour brand's public page. */
export function brandUrl(code: string): string {
  return `${PAGES.brand}?code=${encodeURIComponent(code)}`;
}

/** A training session's public page. */
export function sessionUrl(id: string): string {
  return `${PAGES.session}?id=${encodeURIComponent(id)}`;
}

/** A provider's session form: a new session, or `id` to edit one. */
export function sessionEditUrl(id?: string): string {
  return id ? `${PAGES.trainerSessionEdit}?id=${encodeURIComponent(id)}` : PAGES.trainerSessionEdit;
}

/** 点名 for one session. */
export function rosterUrl(sessionId: string): string {
  return `${PAGES.trainerRoster}?sessionId=${encodeURIComponent(sessionId)}`;
}

/** The QR code workers scan to sign in to one lesson. */
export function lessonQrUrl(lessonId: string): string {
  return `${PAGES.trainerLessonQr}?lessonId=${encodeURIComponent(lessonId)}`;
}

/** 选择地区, opening at the region chosen so far. */
export function regionFilterUrl(code: string, tab: RegionFilterTab = 'training'): string {
  return `${PAGES.regionFilter}?for=${tab}${code ? `&code=${encodeURIComponent(code)}` : ''}`;
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

/** Opens a page the app was handed (a message's link): a tab with switchTab, any other page on top. */
export function openPage(url: string): Promise<unknown> {
  const path = url.split('?')[0];
  return TAB_PAGES.includes(path) ? Taro.switchTab({ url: path }) : Taro.navigateTo({ url });
}

/** Back to the previous page, or to `fallback` when this page was opened first. */
export function goBack(fallback: string = PAGES.mine): Promise<unknown> {
  if (Taro.getCurrentPages().length > 1) return Taro.navigateBack();
  return TAB_PAGES.includes(fallback)
    ? Taro.switchTab({ url: fallback })
    : Taro.redirectTo({ url: fallback });
}

/**
 * Opened from the admin's 培训班次: look, never mark. The pages also stay read-only for anyone
 * without the trainer role; this covers an admin who is also some provider's trainer.
 */
export const REVIEW_MODE = 'review';

const withReview = (url: string, review: boolean) => (review ? `${url}&mode=${REVIEW_MODE}` : url);

export function completionUrl(sessionId: string, review = false): string {
  return withReview(`${PAGES.trainerCompletion}?id=${encodeURIComponent(sessionId)}`, review);
}

export function assessmentsUrl(sessionId: string, review = false): string {
  return withReview(`${PAGES.trainerAssessments}?id=${encodeURIComponent(sessionId)}`, review);
}

/** 点名 opened read-only: the marks, the rates and the 预警名单. */
export function rosterReviewUrl(sessionId: string): string {
  return withReview(rosterUrl(sessionId), true);
}
