import type {
  ApplicationStatus,
  CertificateLevel,
  CertificateType,
  EnrolmentStatus,
} from '@app/shared/enums';
import { regionName } from '@app/shared/regions';
import type { AccessRule } from '../auth/access';

/** Pure rules of postings and applications, kept apart so they read (and test) without a database. */

/** Staff of the employer that owns the posting; anyone else's posting is 404. */
export const EMPLOYER_STAFF: AccessRule = { roles: ['employer'], organisation: true };
export const employerScope = (row: { employerId: string }) => ({ employerId: row.employerId });

/**
 * Training in a trade: enrolled in, or completed, a class of it. Counts for `acceptsTrainees`, for
 * recommendations and for a fair's audience.
 */
export const TRAINING_STATUSES: readonly EnrolmentStatus[] = ['enrolled', 'completed'];

/** A posting's page; `job.recommended` links here. */
export function jobLink(jobId: string): string {
  return `/packages/catalogue/pages/job/index?id=${encodeURIComponent(jobId)}`;
}

/**
 * Where the worker reads their applications (and answers invitations); every step's notification to
 * the worker, and `job.invited`, links here.
 */
export const APPLICATIONS_LINK = '/packages/worker/pages/applications/index';

/** Where the employer's staff read one posting's applicants; `application.received` links here. */
export function applicantsLink(jobId: string): string {
  return `/packages/employer/pages/applicants/index?jobId=${encodeURIComponent(jobId)}`;
}

/** Where the employer's staff see one posting's recommended candidates; `invitation.answered` links here. */
export function candidatesLink(jobId: string): string {
  return `/packages/employer/pages/candidates/index?jobId=${encodeURIComponent(jobId)}`;
}

/** One 'job.invited' per invitation: the invitations service and the demo seed write the same key. */
export function invitedDedupeKey(invitationId: string): string {
  return `invitation:${invitationId}`;
}

/** What an invited worker reads: who invites, to which posting, its pay and county, and their line. */
export function invitedMessage(
  employerName: string,
  job: { title: string; salaryMin: number; salaryMax: number; regionCode: string },
  message: string | null,
): { title: string; body: string } {
  const region = regionName(job.regionCode) ?? job.regionCode;
  return {
    title: '岗位邀请',
    body:
      `${employerName}邀请你投递“${job.title}”（${job.salaryMin}–${job.salaryMax}元/月，${region}）。` +
      (message ? `留言：${message}` : ''),
  };
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
