/**
 * A worker's application for a skills assessment and what became of it. The steps go in order:
 * applied → scheduled (date, place) → passed / failed (score) → issued (certificate). A failed
 * assessment can be retaken with a new application; passing one level opens the next.
 */
export const CERTIFICATION_STATUSES = [
  'applied',
  'scheduled',
  'passed',
  'failed',
  'issued',
] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];
/** Statuses that count as holding the level (passing opens the next one before the paper arrives). */
export const HOLDING_STATUSES: readonly CertificationStatus[] = ['passed', 'issued'];
export const CERTIFICATION_STATUS_LABELS: Readonly<Record<CertificationStatus, string>> = {
  applied: '已申请',
  scheduled: '已安排考核',
  passed: '考核通过',
  failed: '未通过',
  issued: '已发证',
};

/** Who filed the application: the worker, or their training provider for the class. */
export const CERTIFICATION_APPLICANTS = ['worker', 'provider'] as const;
export type CertificationApplicant = (typeof CERTIFICATION_APPLICANTS)[number];
