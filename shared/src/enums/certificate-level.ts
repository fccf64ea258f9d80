/** 职业技能等级：五级（初级工）到一级（高级技师）。 */
export const CERTIFICATE_LEVELS = [5, 4, 3, 2, 1] as const;
export type CertificateLevel = (typeof CERTIFICATE_LEVELS)[number];

export const CERTIFICATE_LEVEL_LABELS: Readonly<Record<CertificateLevel, string>> = {
  5: '初级工',
  4: '中级工',
  3: '高级工',
  2: '技师',
  1: '高级技师',
};

/** The national standard names each level by its number as well as its title (四级 / 中级工). */
export const CERTIFICATE_LEVEL_NUMBERS: Readonly<Record<CertificateLevel, string>> = {
  5: '五级',
  4: '四级',
  3: '三级',
  2: '二级',
  1: '一级',
};

/** `四级/中级工`: how messages and recommendation reasons name a level. */
export function certificateLevelName(level: CertificateLevel): string {
  return `${CERTIFICATE_LEVEL_NUMBERS[level]}/${CERTIFICATE_LEVEL_LABELS[level]}`;
}
