import type { EducationLevel, Gender, PriorityGroup } from '../enums';

/** What a worker fills in (and what an assisted sign-up records for them). */
export interface WorkerProfileInput {
  realName: string;
  /** 18-digit resident ID number; may be left out when editing (keeps the stored one). */
  idNumber?: string;
  /** County-level GB/T 2260 code of the 户籍 (household registration). */
  householdRegionCode: string;
  /** Where the worker lives now (county-level code). */
  currentRegionCode: string;
  education: EducationLevel | null;
  /** Free-text skills, e.g. 缝纫、熨烫. At most 20. */
  skills: string[];
  /** Brand names the worker is interested in. At most 10. */
  wantedBrands: string[];
  /** Region codes where the worker would work. At most 10. */
  wantedRegionCodes: string[];
  /** Minimum monthly salary wanted, yuan; null for no preference. */
  minMonthlySalary: number | null;
  /** Sensitive: only stored when `priorityGroupConsent` is true. null for none. */
  priorityGroup: PriorityGroup | null;
  priorityGroupConsent: boolean;
  /** The privacy-notice version agreed to (must be the current PRIVACY_NOTICE_VERSION). */
  consentVersion: string;
}

export interface WorkerProfileView {
  userId: string;
  realName: string;
  /** Always masked: first 6 and last 2 characters. */
  idNumberMasked: string;
  gender: Gender;
  /** YYYY-MM-DD, from the ID number. */
  birthDate: string;
  householdRegionCode: string;
  householdRegionName: string;
  currentRegionCode: string;
  currentRegionName: string;
  phoneMasked: string | null;
  education: EducationLevel | null;
  skills: string[];
  wantedBrands: string[];
  wantedRegionCodes: string[];
  minMonthlySalary: number | null;
  priorityGroup: PriorityGroup | null;
  consentVersion: string;
  consentAt: string;
  /** Set when a trainer or admin registered the worker. */
  assisted: boolean;
  /** False for an assisted sign-up the worker has not yet claimed by phone. */
  claimed: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface WorkerProfileResponse {
  profile: WorkerProfileView;
}

/** Why an admin looks at the full ID number (kept in the audit log). */
export interface RevealIdNumberRequest {
  reason: string;
}

export interface RevealIdNumberResponse {
  idNumber: string;
}

/** A trainer or admin registers a worker who has no smartphone. */
export interface AssistedWorkerRequest extends Omit<
  WorkerProfileInput,
  'idNumber' | 'consentVersion'
> {
  idNumber: string;
  /** The worker's phone: they claim the account later by SMS login with it. */
  phone: string;
  /** The worker signed the paper consent form. Must be true. */
  paperConsentSigned: boolean;
  /** Where the signed form is kept (file number, 档案号). */
  paperConsentReference: string;
}

export interface WorkerListItem {
  userId: string;
  realName: string;
  idNumberMasked: string;
  gender: Gender;
  householdRegionCode: string;
  householdRegionName: string;
  phoneMasked: string | null;
  priorityGroup: PriorityGroup | null;
  assisted: boolean;
  createdAt: string;
}

export interface WorkerListResponse {
  items: WorkerListItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** Everything the platform holds about the worker (PIPL right of access), unmasked. */
export interface WorkerDataExport {
  exportedAt: string;
  account: {
    id: string;
    displayName: string;
    phone: string | null;
    roles: string[];
    wechatBound: boolean;
    createdAt: string;
  };
  profile:
    (Omit<WorkerProfileView, 'idNumberMasked' | 'phoneMasked'> & { idNumber: string }) | null;
}
