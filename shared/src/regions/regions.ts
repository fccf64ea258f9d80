import { type RegionLevel, type RegionRecord, regionTable } from './region-data';

export type { RegionLevel, RegionRecord };

export function findRegion(code: string): RegionRecord | undefined {
  return regionTable().get(code);
}

export function regionName(code: string): string | null {
  return findRegion(code)?.name ?? null;
}

/** County → city → province; a county of a 直辖市 or a 省直辖县 goes straight to the province. */
export function regionParent(code: string): string | null {
  return findRegion(code)?.parentCode ?? null;
}

export function regionLevel(code: string): RegionLevel {
  const region = findRegion(code);
  if (!region) throw new Error(`Unknown region code ${code}`);
  return region.level;
}

/** True when `code` is `ancestorCode` or lies inside it. */
export function isWithin(code: string, ancestorCode: string): boolean {
  for (let c: string | null = code; c; c = regionParent(c)) {
    if (c === ancestorCode) return true;
  }
  return false;
}

export function regionChildren(code: string): RegionRecord[] {
  return [...regionTable().values()].filter((r) => r.parentCode === code);
}

/** Names from the province down, e.g. ['广西壮族自治区', '玉林市', '福绵区']. */
export function regionPath(code: string): string[] {
  const names: string[] = [];
  for (let c: string | null = code; c; c = regionParent(c)) {
    const region = findRegion(c);
    if (!region) break;
    names.unshift(region.name);
  }
  return names;
}
