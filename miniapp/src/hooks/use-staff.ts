import type { StaffView } from '@app/shared/api';
import { api } from '../services/api';
import { useLoad } from './use-load';

/** The admins in the signed-in admin's region; a grant or a revoke answers the new list (setData). */
export function useStaff() {
  return useLoad<StaffView[]>(() => api.listStaff().then((res) => res.items));
}
