/**
 * The calendar day in China (UTC+8, no daylight saving) as YYYY-MM-DD, `days` after `at`: what
 * "today", "per day" and session dates mean to users, whatever the server's time zone.
 */
export function chinaDate(at: Date, days = 0): string {
  return new Date(at.getTime() + days * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
}
