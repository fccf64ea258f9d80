import type { WorkerProfileView } from '@app/shared/api';
import { api } from '../services/api';
import { ApiError } from '../services/api-error';
import { useLoad } from './use-load';

/** The signed-in worker's profile; `data` is null when none has been filled in yet. */
export function useWorkerProfile() {
  return useLoad<WorkerProfileView | null>(() =>
    api.getMyProfile().then(
      (res) => res.profile,
      (error: unknown) => {
        if (error instanceof ApiError && error.code === 'PROFILE_NOT_FOUND') return null;
        throw error;
      },
    ),
  );
}
