import type {
  AffiliateKind,
  BrandLevel,
  BrandStage,
  BrandType,
  CertificateLevel,
  CertificateType,
  SessionStatus,
} from '../enums';

/** A page of results: `page` from 1, `total` across all pages. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface BrandListQuery {
  /** A region code: the brand's region or any region inside it matches (450900 finds 福绵区 brands). */
  regionCode?: string;
  series?: string;
  industry?: string;
  type?: BrandType;
  stage?: BrandStage;
  level?: BrandLevel;
  /** Text search on the name (and aliases). */
  q?: string;
  sort?: 'default' | 'name';
  page?: number;
  pageSize?: number;
}

export interface BrandListItem {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
  level: BrandLevel;
  series: string;
  industry: string;
  type: BrandType;
  stage: BrandStage;
  /** One line for cards (the story's first sentence). */
  summary: string;
  coverUrl: string | null;
  archived: boolean;
}

export type BrandListResponse = Page<BrandListItem>;

export interface OccupationView {
  code: string;
  name: string;
  certificateType: CertificateType;
  maxLevel: CertificateLevel | null;
  subsidised: boolean;
  /** Yuan per person, when the plan gives one. */
  subsidyAmount: number | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  brandCodes: string[];
}

export interface OccupationListResponse {
  items: OccupationView[];
}

export interface BrandTargetView {
  periodEnd: string;
  trainingTarget: number;
  employmentTarget: number;
  /** Counted from real enrolment / employment rows; zero until those exist — never invented. */
  trainingDone: number;
  employmentDone: number;
}

export interface AffiliateView {
  id: string;
  kind: AffiliateKind;
  name: string;
  regionCode: string;
  regionName: string;
  description: string;
  isDemo: boolean;
}

export interface BrandDetail extends BrandListItem {
  aliases: string[];
  extraRegionCodes: string[];
  story: string;
  occupations: OccupationView[];
  targets: BrandTargetView[];
  affiliates: AffiliateView[];
  upcomingSessions: SessionListItem[];
}

export interface BrandDetailResponse {
  brand: BrandDetail;
}

export interface ProgrammeTargetView {
  plan: string;
  metric: string;
  label: string;
  value: number;
  periodEnd: string;
}

export interface ProgrammeTargetListResponse {
  items: ProgrammeTargetView[];
}

/** Admin: create or edit a brand (code is fixed once created). */
export interface BrandInput {
  code: string;
  name: string;
  aliases: string[];
  regionCode: string;
  extraRegionCodes: string[];
  level: BrandLevel;
  series: string;
  industry: string;
  type: BrandType;
  stage: BrandStage;
  story: string;
  coverUrl: string | null;
  occupationCodes: string[];
}

export interface BrandTargetInput {
  periodEnd: string;
  trainingTarget: number;
  employmentTarget: number;
}

export interface AffiliateInput {
  kind: AffiliateKind;
  name: string;
  regionCode: string;
  description: string;
}

export interface OccupationInput {
  code: string;
  name: string;
  certificateType: CertificateType;
  maxLevel: CertificateLevel | null;
  subsidised: boolean;
  subsidyAmount: number | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  brandCodes: string[];
}

// ——— courses and sessions ———

export interface CourseInput {
  brandCode: string;
  occupationCode: string;
  title: string;
  hours: number;
  certificateType: CertificateType;
  certificateLevel: CertificateLevel | null;
  description: string;
}

export interface CourseView extends CourseInput {
  id: string;
  providerId: string;
  providerName: string;
  brandName: string;
  occupationName: string;
  archived: boolean;
}

export interface CourseListResponse {
  items: CourseView[];
}

export interface LessonInput {
  /** ISO date-time with offset, e.g. 2026-12-01T09:00:00+08:00. */
  startsAt: string;
  endsAt: string;
  topic: string;
}

export interface LessonView extends LessonInput {
  id: string;
}

export interface SessionInput {
  courseId: string;
  title: string;
  /** County-level code where the class is held. */
  regionCode: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  /** YYYY-MM-DD; lessons must fall within. */
  startDate: string;
  endDate: string;
  enrolOpensAt: string;
  enrolClosesAt: string;
  capacity: number;
  subsidised: boolean;
  /** 0–1, e.g. 0.8 = 80% attendance needed to complete. */
  minAttendanceRate: number;
  /**
   * Geofence for QR check-in, in metres around the coordinates; null or left out: no geofence.
   * Needs latitude and longitude.
   */
  geofenceRadiusMeters?: number | null;
  lessons: LessonInput[];
}

export interface SessionListQuery {
  brandCode?: string;
  occupationCode?: string;
  /** The session's county or any region containing it. */
  regionCode?: string;
  /** YYYY-MM-DD: sessions starting on or after. */
  from?: string;
  /** YYYY-MM-DD: sessions starting on or before. */
  to?: string;
  hasSeats?: boolean;
  page?: number;
  pageSize?: number;
}

export interface SessionListItem {
  id: string;
  title: string;
  brandCode: string;
  brandName: string;
  occupationCode: string;
  occupationName: string;
  providerName: string;
  regionCode: string;
  regionName: string;
  address: string;
  startDate: string;
  endDate: string;
  enrolOpensAt: string;
  enrolClosesAt: string;
  capacity: number;
  seatsLeft: number;
  subsidised: boolean;
  status: SessionStatus;
}

export type SessionListResponse = Page<SessionListItem>;

export interface SessionDetail extends SessionListItem {
  courseId: string;
  providerId: string;
  hours: number;
  certificateType: CertificateType;
  certificateLevel: CertificateLevel | null;
  latitude: number | null;
  longitude: number | null;
  minAttendanceRate: number;
  geofenceRadiusMeters: number | null;
  description: string;
  lessons: LessonView[];
}

export interface SessionDetailResponse {
  session: SessionDetail;
}

export interface OccupationListQuery {
  brandCode?: string;
  /** YYYY-MM-DD: only entries in force on that day. */
  effectiveOn?: string;
}

/** What POST / PUT /admin/occupations answer: the saved entry of the 培训清单. */
export interface OccupationResponse {
  occupation: OccupationView;
}

/** PUT /admin/brands/:code/targets replaces all of a brand's targets with these. */
export interface BrandTargetsRequest {
  targets: BrandTargetInput[];
}
