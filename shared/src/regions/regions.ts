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

/** Province, city, county: no chain is longer (a guard against bad data looping). */
const MAX_DEPTH = 3;

/** True when `code` is `ancestorCode` or lies inside it. */
export function isWithin(code: string, ancestorCode: string): boolean {
  let c: string | null = code;
  for (let depth = 0; c && depth < MAX_DEPTH; depth++, c = regionParent(c)) {
    if (c === ancestorCode) return true;
  }
  return false;
}

let childIndex: Map<string, RegionRecord[]> | undefined;

export function regionChildren(code: string): RegionRecord[] {
  if (!childIndex) {
    childIndex = new Map();
    for (const r of regionTable().values()) {
      if (r.parentCode === null) continue;
      const list = childIndex.get(r.parentCode) ?? [];
      list.push(r);
      childIndex.set(r.parentCode, list);
    }
  }
  return childIndex.get(code) ?? [];
}

/**
 * The lowest level a person or an organisation is placed at: a county, or a city that has no
 * counties (东莞, 中山, 儋州, 嘉峪关).
 */
export function isBottomRegion(code: string): boolean {
  const region = findRegion(code);
  return region !== undefined && region.level !== 'province' && regionChildren(code).length === 0;
}

/** Names from the province down, e.g. ['广西壮族自治区', '玉林市', '福绵区']. */
export function regionPath(code: string): string[] {
  const names: string[] = [];
  let c: string | null = code;
  for (let depth = 0; c && depth < MAX_DEPTH; depth++, c = regionParent(c)) {
    const region = findRegion(c);
    if (!region) break;
    names.unshift(region.name);
  }
  return names;
}
