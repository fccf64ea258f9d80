import type { ApplicationStatus, CertificateLevel, CertificateType } from '@app/shared/enums';

/** Pure rules of postings and applications, kept apart so they read (and test) without a database. */

/** Where the worker reads their applications; every pipeline notification links here. */
export const APPLICATIONS_LINK = '/packages/worker/pages/applications/index';

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

export interface HeldCertificate {
  certificateType: CertificateType;
  level: CertificateLevel | null;
}

/**
 * Whether one of the worker's certificates (already filtered to the job's occupation and to passed or
 * issued) meets the requirement: the same type, and for graded certificates the level asked or better
 * (level 1 高级技师 is the best, so "better" is numerically smaller).
 */
export function meetsRequirement(
  held: readonly HeldCertificate[],
  type: CertificateType,
  minLevel: CertificateLevel | null,
): boolean {
  return held.some(
    (c) =>
      c.certificateType === type &&
      (minLevel === null || (c.level !== null && c.level <= minLevel)),
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
