import type { CertificateLevel, CertificateType } from '@app/shared/enums';
import { CERTIFICATE_LEVEL_LABELS } from '@app/shared/enums';

/** Classes are held in China: lesson times are read and written at +08:00, whatever the phone says. */
export const CHINA_OFFSET = '+08:00';
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');

/** '剩余 12 个名额', or '已满'. */
export function seatsText(seatsLeft: number): string {
  return seatsLeft > 0 ? `剩余 ${seatsLeft} 个名额` : '已满';
}

/** '2026-12-01 至 2026-12-05' (one date when both are the same day). */
export function dateRange(from: string, to: string): string {
  return !to || from === to ? from : `${from} 至 ${to}`;
}

/** '职业技能等级认定 · 初级工', or the type alone (专项职业能力考核 has no level). */
export function certificateText(type: CertificateType, level: CertificateLevel | null): string {
  return level ? `${type} · ${CERTIFICATE_LEVEL_LABELS[level]}` : type;
}

/** 0.8 → '80%'. */
export function percentText(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** The date ('2026-12-01') and time ('09:00') of an ISO instant in China time; '' parts when unreadable. */
export function chinaDateTime(iso: string): { date: string; time: string } {
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) return { date: '', time: '' };
  const d = new Date(ms + CHINA_OFFSET_MS);
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
}

/** '2026-12-01' + '09:00' → '2026-12-01T09:00:00+08:00'. */
export function chinaIso(date: string, time: string): string {
  return `${date}T${time}:00${CHINA_OFFSET}`;
}

/** Today in China as 'YYYY-MM-DD'. */
export function chinaToday(now: Date = new Date()): string {
  return chinaDateTime(now.toISOString()).date;
}

export interface MonthOption {
  /** '2026年12月' */
  label: string;
  /** First and last day of the month, 'YYYY-MM-DD'. */
  from: string;
  to: string;
}

/** This month and the next ones (six in all), for the 培训 tab's month filter. */
export function nextMonths(today: string, count = 6): MonthOption[] {
  const [year, month] = today.split('-').map(Number);
  const months: MonthOption[] = [];
  for (let i = 0; i < count; i++) {
    const y = year + Math.floor((month - 1 + i) / 12);
    const m = ((month - 1 + i) % 12) + 1;
    // Day 0 of the next month is the last day of this one.
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    months.push({
      label: `${y}年${m}月`,
      from: `${y}-${pad(m)}-01`,
      to: `${y}-${pad(m)}-${pad(last)}`,
    });
  }
  return months;
}
