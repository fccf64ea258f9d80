import type { AuditAction } from '../enums';

export interface AuditLogItem {
  id: string;
  actorId: string;
  actorName: string;
  action: AuditAction;
  targetType: 'user' | 'worker' | 'employer' | 'provider' | 'brand' | 'occupation';
  targetId: string;
  /** Region the target belongs to (what scopes who may read the row). */
  regionCode: string | null;
  reason: string | null;
  ip: string | null;
  requestId: string | null;
  createdAt: string;
}

export interface AuditLogListResponse {
  items: AuditLogItem[];
  total: number;
  page: number;
  pageSize: number;
}
