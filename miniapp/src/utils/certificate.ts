import type { CertificateLevel, CertificateType } from '@app/shared/enums';
import { PAGES } from './navigation';
import { CERTIFICATE_LEVEL_LABELS, CERTIFICATE_LEVEL_NUMBERS } from '@app/shared/enums';

/** Only 职业技能等级认定 has levels (五级 初级工 … 一级 高级技师); 专项职业能力考核 never does. */
export const LEVELLED: CertificateType = '职业技能等级认定';

/** '四级 / 中级工'; '' for 专项职业能力考核, which has no level. */
export function levelText(level: CertificateLevel | null): string {
  return level ? `${CERTIFICATE_LEVEL_NUMBERS[level]} / ${CERTIFICATE_LEVEL_LABELS[level]}` : '';
}

/** '职业技能等级认定 · 四级 / 中级工', or the type alone. */
export function certificationKindText(type: CertificateType, level: CertificateLevel | null) {
  return level ? `${type} · ${levelText(level)}` : type;
}

/**
 * Where the H5 app is served, for addresses that must open outside the mini-program (a QR code an
 * employer scans with any phone). H5: this page's own origin. Mini-program: the API's origin, since
 * the server serves the H5 app on the same host as the API (README); '' when that is not an address.
 */
export function publicOrigin(): string {
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') {
    return window.location.origin;
  }
  const match = /^https?:\/\/[^/?#]+/i.exec(API_BASE);
  return match ? match[0] : '';
}

/** The public 证书查询 page for one certificate, as a full address (for the QR code). */
export function verifyAddress(certificateNo: string): string {
  return `${publicOrigin()}${PAGES.verifyCertificate}?no=${encodeURIComponent(certificateNo)}`;
}
