import type { ApplicationStatus, CertificateLevel, CertificateType } from '@app/shared/enums';

/** Pure rules of postings and applications, kept apart so they read (and test) without a database. */

/** Where the worker reads their applications; every step's notification to the worker links here. */
export const APPLICATIONS_LINK = '/packages/worker/pages/applications/index';

/** Where the employer's staff read one posting's applicants; `application.received` links here. */
export function applicantsLink(jobId: string): string {
  return `/packages/employer/pages/applicants/index?jobId=${encodeURIComponent(jobId)}`;
}

/** The employer's steps, each allowed only from the statuses listed (no skipping back, none after the end). */
export const STEP_FROM: Readonly<
  Record<
    'view' | 'interview' | 'offer' | 'reject' | 'hire' | 'withdraw',
    readonly ApplicationStatus[]
  >
> = {
  view: ['applied'],
  // a second interview call moves the time or place (a reschedule), never backwards
  interview: ['applied', 'viewed', 'interview'],
  offer: ['viewed', 'interview'],
  reject: ['applied', 'viewed', 'interview', 'offered'],
  hire: ['offered'],
  // the worker may step back only until an offer is made
  withdraw: ['applied', 'viewed', 'interview'],
};

/** A certificate the worker holds (passed or issued; the caller leaves out those only applied for). */
export interface HeldCertificate {
  occupationCode: string;
  type: CertificateType;
  /** null for 专项职业能力考核. */
  level: CertificateLevel | null;
}

/** What a requirement is checked against: the worker's certificates and classes (enrolled or completed). */
export interface Qualifications {
  certificates: readonly HeldCertificate[];
  training: readonly { occupationCode: string }[];
}

/** What a posting asks for. */
export interface CertificateRequirement {
  occupationCode: string;
  requiredCertificate: { type: CertificateType; minLevel: CertificateLevel | null } | null;
  acceptsTrainees: boolean;
}

/**
 * Whether the worker may apply to the job (and so may be recommended it): no certificate asked, or
 * one held of that type for the job's occupation at the level asked or better (level 1 高级技师 is
 * the best, so "better" is numerically smaller), or — when the job takes trainees — a class of that
 * occupation, under way or completed. The one rule for both: applications and recommendations.
 */
export function meetsRequirement(worker: Qualifications, job: CertificateRequirement): boolean {
  const required = job.requiredCertificate;
  if (!required) return true;
  const certified = worker.certificates.some(
    (c) =>
      c.occupationCode === job.occupationCode &&
      c.type === required.type &&
      (required.minLevel === null || (c.level !== null && c.level <= required.minLevel)),
  );
  if (certified) return true;
  return (
    job.acceptsTrainees && worker.training.some((t) => t.occupationCode === job.occupationCode)
  );
}

/**
 * Household and job in different cities. GB/T 2260 codes carry the city in their first four digits
 * (毕节 5205xx → 广州 4401xx), so no table look-up is needed; an unknown household counts as local.
 */
export function isCrossRegion(householdRegionCode: string, jobRegionCode: string): boolean {
  if (householdRegionCode.length !== 6) return false;
  return householdRegionCode.slice(0, 4) !== jobRegionCode.slice(0, 4);
}

/**
 * The LIKE pattern for "contains": `%` and `_` typed by a user match themselves. The escape character
 * is `!` (with `ESCAPE '!'` in the query) because a backslash is quoted differently by MySQL and SQLite.
 */
export function likeContains(word: string): string {
  return `%${word.replace(/[%_!]/g, '!$&')}%`;
}
