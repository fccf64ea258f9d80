/**
 * The regions of the two plans the platform starts from (DESIGN.md §4): 玉林市 and its counties,
 * 广州市 and its districts, and the Guizhou labour-cooperation partners.
 */
export const SEED_REGION_CODES = [
  // 广西 玉林市
  '450900',
  '450902',
  '450903',
  '450921',
  '450922',
  '450923',
  '450924',
  '450981',
  // 广东 广州市
  '440100',
  '440103',
  '440104',
  '440105',
  '440106',
  '440111',
  '440112',
  '440113',
  '440114',
  '440115',
  '440117',
  '440118',
  // 贵州 劳务协作地区：安顺、毕节、黔南
  '520400',
  '520500',
  '522700',
] as const;
