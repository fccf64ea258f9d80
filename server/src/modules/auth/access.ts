import type { Role } from '@app/shared/enums';
import { isWithin, regionLevel } from '@app/shared/regions';
import { DomainError } from '../../common/domain-error';
import type { AuthUser } from './auth-user';

/** What a resource is tied to: the person who owns it, the organisation behind it, where it is. */
export interface ResourceScope {
  ownerId?: string | null;
  employerId?: string | null;
  providerId?: string | null;
  /** Regions the resource belongs to (e.g. a worker's household and current county). */
  regionCodes?: readonly (string | null | undefined)[];
}

/** Who may see or change a resource beyond the role check. */
export interface AccessRule {
  /** Roles allowed to call at all; anyone else gets 403. */
  roles: readonly Role[];
  /** The owner of the resource may. */
  owner?: boolean;
  /** Staff of the employer / provider the resource belongs to may. */
  organisation?: boolean;
  /** An admin whose region covers one of the resource's regions may. */
  adminInScope?: boolean;
}

export function hasRole(auth: AuthUser, ...roles: readonly Role[]): boolean {
  return roles.some((role) => auth.roles.includes(role));
}

/** 403 unless the caller holds one of the roles. */
export function requireRole(auth: AuthUser, ...roles: readonly Role[]): void {
  if (!hasRole(auth, ...roles)) throw new DomainError('FORBIDDEN');
}

/** Whether an admin's region covers the code: a city sees its counties, a county only itself. */
export function adminCovers(auth: AuthUser, regionCode: string | null | undefined): boolean {
  return (
    hasRole(auth, 'admin') &&
    auth.regionCode !== null &&
    typeof regionCode === 'string' &&
    isWithin(regionCode, auth.regionCode)
  );
}

/** The SQL LIKE pattern matching every code inside a region (a city 450900 → 4509%). */
export function regionPrefixPattern(code: string): string {
  const level = regionLevel(code);
  const kept = level === 'province' ? 2 : level === 'city' ? 4 : 6;
  return `${code.slice(0, kept)}%`;
}

/** The admin's scope code, or 403 for anyone who is not an admin with a scope. */
export function adminScope(auth: AuthUser): string {
  if (!hasRole(auth, 'admin') || !auth.regionCode) throw new DomainError('FORBIDDEN');
  return auth.regionCode;
}

/**
 * The one authorisation check for reading or writing someone else's data. A wrong role is 403; a
 * resource the caller may not see is 404, exactly as if it did not exist (so its existence is not
 * revealed). Call it at the top of the service method, with `null` when the resource was not found.
 */
export function authorize<T>(
  auth: AuthUser,
  rule: AccessRule,
  resource: T | null | undefined,
  scopeOf: (resource: T) => ResourceScope,
): asserts resource is T {
  requireRole(auth, ...rule.roles);
  if (resource === null || resource === undefined || !canReach(auth, rule, scopeOf(resource))) {
    throw new DomainError('NOT_FOUND');
  }
}

function canReach(auth: AuthUser, rule: AccessRule, resource: ResourceScope): boolean {
  if (rule.owner && resource.ownerId && resource.ownerId === auth.id) return true;
  if (rule.organisation) {
    if (resource.employerId && resource.employerId === auth.employerId) return true;
    if (resource.providerId && resource.providerId === auth.providerId) return true;
  }
  if (rule.adminInScope && (resource.regionCodes ?? []).some((code) => adminCovers(auth, code)))
    return true;
  return false;
}
