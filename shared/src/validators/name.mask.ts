/** A person's name shown to people who need not know it: the surname and one star per other character (`王**`). */
export function maskName(value: string): string {
  const chars = Array.from(String(value).trim());
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}
