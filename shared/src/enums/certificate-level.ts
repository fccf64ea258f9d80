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

/** `4级/中级工`: how the server's messages and recommendation reasons name a level. */
export function certificateLevelName(level: CertificateLevel): string {
  return `${level}级/${CERTIFICATE_LEVEL_LABELS[level]}`;
}
