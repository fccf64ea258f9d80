import type { BrandDetail, BrandListItem, OccupationView } from '@app/shared/api';
import { api } from '../services/api';
import { getStoredUser } from '../services/auth-store';
import { useLoad } from './use-load';

/** An admin sees and keeps the brands of one region at a time: 50 a page. */
export const ADMIN_BRAND_PAGE_SIZE = 50;

/** The signed-in admin's region (a city or a county code); null when the account has none. */
export function adminRegion(): string | null {
  return getStoredUser()?.regionCode ?? null;
}

/** The first page of brands in the admin's region (archived ones are not listed). */
export function useRegionBrands() {
  const regionCode = adminRegion() ?? undefined;
  return useLoad<BrandListItem[]>(
    () =>
      api.adminListBrands({ regionCode, pageSize: ADMIN_BRAND_PAGE_SIZE }).then((res) => res.items),
    regionCode ?? '',
  );
}

/** The brand being edited (`code`), fresh from the server; null for a new one. */
export function useAdminBrand(code: string) {
  return useLoad<BrandDetail | null>(
    () => (code ? api.adminGetBrand(code).then((res) => res.brand) : Promise.resolve(null)),
    code,
  );
}

/** The whole 培训清单, fresh from the server. */
export function useOccupationList() {
  return useLoad<OccupationView[]>(() => api.adminListOccupations().then((res) => res.items));
}
