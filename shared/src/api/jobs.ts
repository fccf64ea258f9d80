import type {
  ApplicationStatus,
  CertificateLevel,
  CertificateType,
  ContractKind,
  InvitationStatus,
  JobStatus,
} from '../enums';
import type { Page } from './catalogue';

/** A required certificate: its type and the lowest acceptable level (null: any level, or 专项). */
export interface RequiredCertificate {
  type: CertificateType;
  minLevel: CertificateLevel | null;
}

/** What an employer fills in for a posting. */
export interface JobInput {
  title: string;
  brandCode: string | null;
  occupationCode: string;
  /** County-level code where the work is. */
  regionCode: string;
  address: string;
  /** Yuan per month. */
  salaryMin: number;
  salaryMax: number;
  headcount: number;
  requiredCertificate: RequiredCertificate | null;
  /** Trainees without the certificate yet are welcome. */
  acceptsTrainees: boolean;
  accommodation: boolean;
  meals: boolean;
  /** e.g. 8:00–17:30，月休4天 */
  workingHours: string;
  description: string;
  /** YYYY-MM-DD: the last day applications are taken. */
  closesOn: string;
}

export interface JobView extends JobInput {
  id: string;
  employerId: string;
  employerName: string;
  brandName: string | null;
  occupationName: string;
  regionName: string;
  status: JobStatus;
  hires: number;
  openedAt: string | null;
  closedAt: string | null;
  createdAt: string;
}

export interface JobResponse {
  job: JobView;
}

export type JobPage = Page<JobView>;

export interface JobListQuery {
  keyword?: string;
  brandCode?: string;
  occupationCode?: string;
  /** Any region code: the jobs inside it. */
  regionCode?: string;
  /** Jobs whose salary range reaches at least this (yuan per month). */
  salaryAtLeast?: number;
  page?: number;
  pageSize?: number;
}

/**
 * What an employer sees of a candidate: masked until the worker applied to one of this employer's
 * jobs or accepted one of its invitations.
 */
export interface CandidateView {
  workerId: string;
  /** Full name once the worker applied to or accepted an invitation of this employer; 王** otherwise. */
  name: string;
  /** Phone on the same terms as the name; null otherwise. */
  phone: string | null;
  countyName: string;
  certificates: { occupationName: string; type: CertificateType; level: CertificateLevel | null }[];
  skills: string[];
}

export interface ApplicationEventView {
  status: ApplicationStatus;
  at: string;
  note: string | null;
}

export interface ApplicationView {
  id: string;
  jobId: string;
  job: JobView;
  status: ApplicationStatus;
  interviewAt: string | null;
  interviewPlace: string | null;
  note: string | null;
  candidate: CandidateView;
  timeline: ApplicationEventView[];
  createdAt: string;
}

export interface ApplicationResponse {
  application: ApplicationView;
}

export interface ApplicationListResponse {
  items: ApplicationView[];
}

/** The employer moves an application one step: view, interview (time and place), offer, reject. */
export interface ApplicationStepRequest {
  action: 'view' | 'interview' | 'offer' | 'reject';
  /** interview only: ISO date-time with offset. */
  interviewAt?: string;
  interviewPlace?: string;
  note?: string;
}

/** offered → hired, with the employment record. */
export interface HireRequest {
  /** YYYY-MM-DD */
  startDate: string;
  contract: ContractKind;
  socialInsurance: boolean;
}

export interface EmploymentRecordView {
  id: string;
  applicationId: string;
  workerId: string;
  jobId: string;
  startDate: string;
  contract: ContractKind;
  socialInsurance: boolean;
  householdRegionCode: string;
  jobRegionCode: string;
  crossRegion: boolean;
}

export interface HireResponse {
  application: ApplicationView;
  employment: EmploymentRecordView;
}

/** After wx.requestSubscribeMessage: which templates the user accepted (each adds one credit). */
export interface SubscriptionReport {
  accepted: string[];
}

export interface SubscriptionCreditsResponse {
  /** Credits per template id. */
  credits: Record<string, number>;
}

/** A job recommended to the worker, with the reasons they read (为你推荐). */
export interface RecommendationView {
  id: string;
  job: JobView;
  score: number;
  reasons: string[];
  createdAt: string;
  pushedAt: string | null;
  seenAt: string | null;
  appliedAt: string | null;
}

export interface RecommendationListResponse {
  items: RecommendationView[];
}

/** A worker recommended for an employer's job: masked until they apply, with the same reasons. */
export interface CandidateRecommendationView {
  candidate: CandidateView;
  score: number;
  /** In the third person: 已取得 母婴护理员 四级证书, 住在福绵区，离岗位近 … */
  reasons: string[];
  /** Already applied to this job. */
  applied: boolean;
  /** This job's invitation to the worker, if one was sent. */
  invitation: InvitationStatus | null;
}

/** POST /employer/jobs/:id/invitations: invite a worker (usually a recommended candidate) to apply. */
export interface JobInvitationInput {
  workerId: string;
  /** A line for the worker, at most 100 characters. */
  message?: string | null;
}

/** An invitation as the worker and the inviting employer see it. */
export interface JobInvitationView {
  id: string;
  jobId: string;
  workerId: string;
  status: InvitationStatus;
  message: string | null;
  createdAt: string;
  respondedAt: string | null;
  job: JobView;
}

export interface JobInvitationResponse {
  invitation: JobInvitationView;
}

export interface JobInvitationListResponse {
  items: JobInvitationView[];
}

export interface CandidateRecommendationListResponse {
  items: CandidateRecommendationView[];
}

/** The admin's view of the "≥3 recommendations per trainee" rule for their region. */
export interface RecommendationCoverageResponse {
  /** Workers who completed training in the last 12 months, in the admin's region. */
  trainees: number;
  /** Of them, with at least 3 distinct jobs pushed. */
  covered: number;
  /** Those with fewer than 3 matching open jobs: the bureau must act (jobs, training, outreach). */
  shortfall: {
    workerId: string;
    /** Masked. */
    name: string;
    countyName: string;
    occupationNames: string[];
    pushed: number;
  }[];
}

/** 专场招聘: an admin in scope creates it; employers attach open jobs; workers of its brands are told. */
export interface JobFairInput {
  title: string;
  /** The admin's region or one inside it. */
  regionCode: string;
  /** YYYY-MM-DD */
  date: string;
  /** null for an online fair. */
  place: string | null;
  brandCodes: string[];
}

export interface JobFairView extends JobFairInput {
  id: string;
  regionName: string;
  brandNames: string[];
  jobs: JobView[];
  createdAt: string;
}

export interface JobFairResponse {
  fair: JobFairView;
}

export interface JobFairListResponse {
  items: JobFairView[];
}
