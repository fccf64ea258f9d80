import type { JobFairInput } from '@app/shared/api';
import { isWithin } from '@app/shared/regions';
import { chinaToday } from '../../../utils/catalogue';

/** The server's columns: a title of up to 64 characters, a place of up to 200. */
export const FAIR_TITLE_MAX = 64;
export const FAIR_PLACE_MAX = 200;

export interface FairForm {
  title: string;
  regionCode: string;
  /** YYYY-MM-DD, '' until chosen. */
  date: string;
  online: boolean;
  place: string;
  brandCodes: string[];
}

export type FairErrors = Partial<Record<keyof FairForm, string>>;

/** A new fair starts in the admin's own region. */
export function emptyFairForm(regionCode: string | null): FairForm {
  return {
    title: '',
    regionCode: regionCode ?? '',
    date: '',
    online: false,
    place: '',
    brandCodes: [],
  };
}

/**
 * The checks the server makes too, so the admin hears them at once: a title, a region inside their
 * own, a date from today on, a place unless online, and at least one brand (whose workers are told).
 */
export function checkFairForm(
  form: FairForm,
  adminRegion: string | null,
  today = chinaToday(),
): { errors: FairErrors; input: JobFairInput | null } {
  const errors: FairErrors = {};
  const title = form.title.trim();
  const place = form.place.trim();
  if (!title) errors.title = '请填写招聘会名称';
  else if (title.length > FAIR_TITLE_MAX) errors.title = `名称不能超过${FAIR_TITLE_MAX}个字`;
  if (!form.regionCode) errors.regionCode = '请选择举办地区';
  else if (adminRegion && !isWithin(form.regionCode, adminRegion)) {
    errors.regionCode = '只能选择你管辖范围内的地区';
  }
  if (!form.date) errors.date = '请选择举办日期';
  else if (form.date < today) errors.date = '举办日期不能早于今天';
  if (!form.online && !place) errors.place = '请填写举办地点，或选择线上举办';
  else if (!form.online && place.length > FAIR_PLACE_MAX) {
    errors.place = `地点不能超过${FAIR_PLACE_MAX}个字`;
  }
  if (form.brandCodes.length === 0) errors.brandCodes = '请至少选择一个劳务品牌';
  if (Object.keys(errors).length) return { errors, input: null };
  return {
    errors,
    input: {
      title,
      regionCode: form.regionCode,
      date: form.date,
      place: form.online ? null : place,
      brandCodes: form.brandCodes,
    },
  };
}
