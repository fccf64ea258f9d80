import { rosterUrl } from './navigation';

/**
 * The pages that review a session after its lessons (结业审核, 技能评价) and the admin's 培训班次 and
 * 证书发放. Kept beside navigation.ts (PAGES) until they are folded into it.
 */
export const REVIEW_PAGES = {
  /** 结业审核 (`?id=<sessionId>`). */
  trainerCompletion: '/packages/trainer/pages/completion/index',
  /** 技能评价 (`?id=<sessionId>`). */
  trainerAssessments: '/packages/trainer/pages/assessments/index',
  adminSessions: '/packages/admin/pages/sessions/index',
  adminCertifications: '/packages/admin/pages/certifications/index',
} as const;

/**
 * Opened from the admin's 培训班次: look, never mark. The pages also stay read-only for anyone
 * without the trainer role; this covers an admin who is also some provider's trainer.
 */
export const REVIEW_MODE = 'review';

const withReview = (url: string, review: boolean) => (review ? `${url}&mode=${REVIEW_MODE}` : url);

export function completionUrl(sessionId: string, review = false): string {
  return withReview(
    `${REVIEW_PAGES.trainerCompletion}?id=${encodeURIComponent(sessionId)}`,
    review,
  );
}

export function assessmentsUrl(sessionId: string, review = false): string {
  return withReview(
    `${REVIEW_PAGES.trainerAssessments}?id=${encodeURIComponent(sessionId)}`,
    review,
  );
}

/** 点名 opened read-only: the marks, the rates and the 预警名单. */
export function rosterReviewUrl(sessionId: string): string {
  return withReview(rosterUrl(sessionId), true);
}
