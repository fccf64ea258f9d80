import { findRegion } from '@app/shared/regions';

/** '玉林市 福绵区' for a county, '玉林市（全市）' for a city. */
export function shortRegionLabel(code: string): string {
  const region = findRegion(code);
  if (!region) return code;
  if (region.level === 'city') return `${region.name}（全市）`;
  if (region.level !== 'county') return region.name;
  const parent = region.parentCode ? findRegion(region.parentCode) : undefined;
  return parent?.level === 'city' ? `${parent.name} ${region.name}` : region.name;
}
