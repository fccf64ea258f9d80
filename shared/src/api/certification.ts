import type {
  CertificateLevel,
  CertificateType,
  CertificationApplicant,
  CertificationStatus,
} from '../enums';
import type { Page } from './catalogue';

/** A worker applies after completing a course; `level` defaults to the course's level. */
export interface CertificationApplyRequest {
  enrolmentId: string;
  /** 职业技能等级认定 only: the course's level, or the level above the best one already held. */
  level?: CertificateLevel;
}

/** The provider applies for every completed worker of a class who has no open application. */
export interface ClassCertificationApplyRequest {
  level?: CertificateLevel;
}

export interface ScheduleAssessmentRequest {
  /** ISO date-time with offset. */
  scheduledAt: string;
  place: string;
}

export interface AssessmentResultRequest {
  passed: boolean;
  /** 0–100. */
  score: number;
}

export interface IssueCertificateRequest {
  certificateNo: string;
  issuer: string;
  /** YYYY-MM-DD. */
  issuedOn: string;
}

export interface CertificationEventView {
  status: CertificationStatus;
  at: string;
  /** e.g. the place and time, the score, the certificate number. */
  note: string | null;
}

export interface CertificationView {
  id: string;
  workerId: string;
  /** The worker's real name (the worker themself, their provider's trainers and admins in scope). */
  workerName: string;
  sessionId: string;
  sessionTitle: string;
  providerName: string;
  brandCode: string;
  occupationCode: string;
  occupationName: string;
  certificateType: CertificateType;
  level: CertificateLevel | null;
  status: CertificationStatus;
  appliedBy: CertificationApplicant;
  /** Which try at this occupation and level (1 for the first, 2 after one failure, …). */
  attempt: number;
  scheduledAt: string | null;
  place: string | null;
  score: number | null;
  certificateNo: string | null;
  issuer: string | null;
  issuedOn: string | null;
  timeline: CertificationEventView[];
  /** What the worker can apply for next from here: a retake after failing, the next level after a certificate. */
  next: { action: 'retake' | 'next_level'; level: CertificateLevel | null } | null;
  createdAt: string;
}

export interface CertificationResponse {
  certification: CertificationView;
}

export interface CertificationListResponse {
  items: CertificationView[];
}

export type CertificationPage = Page<CertificationView>;

/** Public answer of GET /certificates/verify?no=…: enough to trust the certificate, nothing more. */
export interface CertificateVerifyResponse {
  certificateNo: string;
  /** Masked: `王**`. */
  holderName: string;
  occupationName: string;
  certificateType: CertificateType;
  level: CertificateLevel | null;
  issuer: string;
  issuedOn: string;
}
