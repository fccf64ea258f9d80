/**
 * The calendar day in China (UTC+8, no daylight saving) as YYYY-MM-DD, `days` after `at`: what
 * "today", "per day" and session dates mean to users, whatever the server's time zone.
 */
export function chinaDate(at: Date, days = 0): string {
  return new Date(at.getTime() + days * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:mm` in China time, for messages people read. */
export function chinaDateTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The wall-clock time in China (UTC+8) as HH:mm, e.g. a lesson's start in a message or a sheet. */
export function chinaClock(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(11, 16);
}

/** The instant a China calendar day (YYYY-MM-DD) begins: 00:00 in Asia/Shanghai. */
export function chinaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}
