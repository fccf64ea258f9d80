const pad = (n: number) => String(n).padStart(2, '0');

/** '2026-11-22 14:05' in the phone's time zone; '' for a missing or unreadable time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
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
