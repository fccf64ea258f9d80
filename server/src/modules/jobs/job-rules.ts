import type {
  ApplicationStatus,
  CertificateLevel,
  CertificateType,
  EnrolmentStatus,
} from '@app/shared/enums';
import { regionName } from '@app/shared/regions';
import { chinaDateTime } from '../../common/china-time';
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

/** An application's outbox key: `application:<id>:<what>` (a step, `received:<user>` …). */
export function applicationDedupeKey(applicationId: string, what: string): string {
  return `application:${applicationId}:${what}`;
}

/** An employer's step on an application (ApplicationStepRequest.action). */
export type StepAction = 'view' | 'interview' | 'offer' | 'reject';

/** What one step writes besides the status: the timeline note, the worker's message, its key. */
export interface StepNotice {
  to: 'viewed' | 'interview' | 'offered' | 'rejected';
  /** The timeline event's note. */
  note: string | null;
  title: string;
  body: string;
  /** Suffix of the outbox key: a moved interview is a new message, a repeated step never is. */
  dedupe: string;
}

/** The notice of an employer's step; the pipeline and the demo seed both write it. */
export function stepNotice(
  action: StepAction,
  facts: {
    employer: string;
    jobTitle: string;
    note: string | null;
    interview?: { at: Date; place: string };
  },
): StepNotice {
  const { employer, jobTitle, note } = facts;
  switch (action) {
    case 'view':
      return {
        to: 'viewed',
        note,
        title: '单位已查看你的投递',
        body: `${employer}已查看你投递的“${jobTitle}”。`,
        dedupe: 'viewed',
      };
    case 'interview': {
      const at = facts.interview?.at ?? new Date(NaN);
      const place = facts.interview?.place ?? '';
      const when = chinaDateTime(at);
      return {
        to: 'interview',
        note: `${when}，${place}${note ? `（${note}）` : ''}`,
        title: '面试通知',
        body: `${employer}邀请你面试“${jobTitle}”：${when}，${place}。${note ?? ''}`,
        dedupe: `interview:${at.getTime()}:${place}`,
      };
    }
    case 'offer':
      return {
        to: 'offered',
        note,
        title: '录用通知',
        body: `恭喜！${employer}决定录用你担任“${jobTitle}”，请留意单位的联系。${note ?? ''}`,
        dedupe: 'offered',
      };
    case 'reject':
      return {
        to: 'rejected',
        note,
        title: '投递结果',
        body: `很遗憾，你投递的“${jobTitle}”这次没有通过。${note ?? ''}看看其他岗位吧。`,
        dedupe: 'rejected',
      };
  }
}

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
