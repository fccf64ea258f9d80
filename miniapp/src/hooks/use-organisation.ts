import type { EmployerView, ProviderView } from '@app/shared/api';
import { api } from '../services/api';
import { ApiError } from '../services/api-error';
import { useLoad } from './use-load';

export type OrgKind = 'employer' | 'provider';

/** The user's own employer or training provider; null when the account has none (404). */
export function useMyOrganisation(kind: OrgKind) {
  return useLoad<EmployerView | ProviderView | null>(
    () =>
      (kind === 'employer'
        ? api.getMyEmployer().then((r) => r.employer)
        : api.getMyProvider().then((r) => r.provider)
      ).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }),
    kind,
  );
}
