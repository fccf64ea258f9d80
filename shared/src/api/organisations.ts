import type { OrganisationKind, OrganisationStatus, ProviderKind } from '../enums';

export interface EmployerInput {
  name: string;
  /** 统一社会信用代码, 18 characters. */
  creditCode: string;
  /** County-level GB/T 2260 code. */
  regionCode: string;
  address: string;
  contactName: string;
  contactPhone: string;
  description?: string;
}

export interface OrganisationReview {
  status: OrganisationStatus;
  /** Why it was rejected (only when rejected). */
  rejectReason: string | null;
  reviewedAt: string | null;
}

export interface EmployerView extends OrganisationReview {
  id: string;
  name: string;
  creditCode: string;
  regionCode: string;
  regionName: string;
  address: string;
  contactName: string;
  /** Masked for everyone except the employer's own staff and admins in scope. */
  contactPhone: string;
  description: string;
  createdAt: string;
}

export interface EmployerResponse {
  employer: EmployerView;
}

export interface ProviderInput extends EmployerInput {
  kind: ProviderKind;
}

export interface ProviderView extends EmployerView {
  kind: ProviderKind;
}

export interface ProviderResponse {
  provider: ProviderView;
}

export interface RejectRequest {
  reason: string;
}

/** One row of the admin's review queue. */
export interface OrganisationListItem extends OrganisationReview {
  id: string;
  kind: OrganisationKind;
  name: string;
  creditCode: string;
  regionCode: string;
  regionName: string;
  contactName: string;
  contactPhone: string;
  providerKind: ProviderKind | null;
  createdAt: string;
}

export interface OrganisationListResponse {
  items: OrganisationListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ProviderInviteResponse {
  /** Eight characters; valid for 7 days, single use. */
  code: string;
  expiresAt: string;
}

export interface JoinProviderRequest {
  code: string;
}

/** An admin attaches an existing account (found by phone) to a provider as a trainer. */
export interface AttachTrainerRequest {
  phone: string;
}

export interface TrainerView {
  userId: string;
  displayName: string;
  phoneMasked: string | null;
  providerRole: 'admin' | 'trainer';
}

export interface TrainerListResponse {
  items: TrainerView[];
}

/** Bureau staff: an admin grants the admin role, with a region inside their own, to an account. */
export interface StaffGrantRequest {
  /** The account's phone (it must have logged in once). */
  phone: string;
  /** GB/T 2260 code of the region the new admin administers: inside the granting admin's region. */
  regionCode: string;
}

export interface StaffView {
  userId: string;
  displayName: string;
  phoneMasked: string | null;
  regionCode: string;
  regionName: string;
}

export interface StaffListResponse {
  items: StaffView[];
}
