import { chinaDateTime } from './catalogue';

/**
 * '2026-11-22 14:05' in China time (UTC+8), whatever zone the phone is set to: lessons, reviews and
 * assessments happen in China, and a phone set elsewhere must not move them. '' when unreadable.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const { date, time } = chinaDateTime(iso);
  return date ? `${date} ${time}` : '';
}

/** '2026-11-22'. */
export function formatDate(iso: string | null | undefined): string {
  return formatDateTime(iso).slice(0, 10);
}

/** '缝纫、熨烫' from a list; '未填写' when empty. */
export function listText(items: readonly string[]): string {
  return items.length ? items.join('、') : '未填写';
}

/** Splits what a worker typed (commas, 顿号, spaces) into a clean list without repeats. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
