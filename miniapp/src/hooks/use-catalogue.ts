import type { BrandDetail, BrandListItem, SessionDetail, SessionListItem } from '@app/shared/api';
import { api } from '../services/api';
import { notFound } from '../services/api-error';
import { getAccessToken, getStoredUser } from '../services/auth-store';
import { useLoad } from './use-load';

/** Where 附近的培训 looks when the worker's own county is not known: 玉林市. */
export const DEFAULT_NEARBY_REGION = { code: '450900', name: '玉林市' } as const;

export interface Nearby {
  regionName: string;
  items: SessionListItem[];
  total: number;
}

/** The signed-in worker's current county from their profile; the default region otherwise. */
async function nearbyRegion(): Promise<{ code: string; name: string }> {
  const user = getStoredUser();
  const isWorker = getAccessToken() !== null && user?.roles.includes('worker');
  if (isWorker && user?.hasWorkerProfile !== false) {
    try {
      const { profile } = await api.getMyProfile();
      if (profile.currentRegionCode) {
        return { code: profile.currentRegionCode, name: profile.currentRegionName };
      }
    } catch {
      // No profile yet, or it could not be read: the default region still shows something useful.
    }
  }
  return DEFAULT_NEARBY_REGION;
}

/** 附近的培训 on the home page: three sessions in the worker's county, or in 玉林市. */
export function useNearbySessions(userKey: string) {
  return useLoad<Nearby>(async () => {
    const region = await nearbyRegion();
    const page = await api.listSessions({ regionCode: region.code, pageSize: 3 });
    return { regionName: region.name, items: page.items, total: page.total };
  }, userKey);
}

/** Brands for a picker (培训 tab filter, course form): the first 50, in directory order. */
export function useBrandOptions() {
  return useLoad<BrandListItem[]>(() => api.listBrands({ pageSize: 50 }).then((res) => res.items));
}

/** One brand with its occupations, targets, affiliates and upcoming sessions. */
export function useBrand(code: string) {
  return useLoad<BrandDetail>(
    () => (code ? api.getBrand(code).then((res) => res.brand) : notFound('这个品牌')),
    code,
  );
}

/** One session with its lessons. */
export function useSession(id: string) {
  return useLoad<SessionDetail>(
    () => (id ? api.getSession(id).then((res) => res.session) : notFound('这个培训班')),
    id,
  );
}
