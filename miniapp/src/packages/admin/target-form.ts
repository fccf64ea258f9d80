import type { BrandTargetInput, BrandTargetView } from '@app/shared/api';

/** The server's limits (BrandTargetsDto); the form offers no more rows than that. */
export const TARGET_ROWS_MAX = 10;
export const TARGET_MAX = 10_000_000;

/** One target as typed: the year and both counts still text. */
export interface TargetRow {
  /** A local key for React and for the row's message. */
  key: string;
  year: string;
  training: string;
  employment: string;
}

let rowCounter = 0;

export function newTargetRow(year = ''): TargetRow {
  rowCounter += 1;
  return { key: `t${rowCounter}`, year, training: '', employment: '' };
}

/** The brand's targets as rows (a period is a year, '2025'). */
export function targetRowsFrom(targets: readonly BrandTargetView[]): TargetRow[] {
  return targets.map((t) => ({
    ...newTargetRow(t.periodEnd.slice(0, 4)),
    training: String(t.trainingTarget),
    employment: String(t.employmentTarget),
  }));
}

function countProblem(text: string, what: string): string | undefined {
  const value = text.trim();
  if (!value) return `请填写${what}`;
  if (!/^\d+$/.test(value) || Number(value) > TARGET_MAX) {
    return `${what}请填0到${TARGET_MAX}的整数`;
  }
  return undefined;
}

/**
 * Checks every row: a four-digit year, each year once, whole numbers. `targets` is what to send
 * (numbers, not text), or null when a row is wrong; its message is under `errors[row.key]`.
 */
export function validateTargets(rows: readonly TargetRow[]): {
  errors: Record<string, string>;
  targets: BrandTargetInput[] | null;
} {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const year = row.year.trim();
    let problem: string | undefined;
    if (!/^\d{4}$/.test(year)) problem = '目标年份应为4位数字，如 2025';
    else if (seen.has(year)) problem = `${year}年已有一行目标，同一年份只能有一个目标`;
    problem ??= countProblem(row.training, '培训目标') ?? countProblem(row.employment, '就业目标');
    if (problem) errors[row.key] = problem;
    seen.add(year);
  }
  if (Object.keys(errors).length > 0) return { errors, targets: null };
  return {
    errors,
    targets: rows.map((row) => ({
      periodEnd: row.year.trim(),
      trainingTarget: Number(row.training.trim()),
      employmentTarget: Number(row.employment.trim()),
    })),
  };
}
