/**
 * Reporting periods as DESIGN.md writes them: a year `2025`, a quarter `2025-Q2` or a month `2025-06`.
 * Progress methods work on years, so each period also has a position on a continuous year axis:
 * its end (a figure for 2025-Q2 describes the state on 30 June 2025).
 */
export type Period = string;

export type PeriodKind = 'year' | 'quarter' | 'month';

export interface ParsedPeriod {
  kind: PeriodKind;
  year: number;
  /** Quarter 1–4 or month 1–12; absent for a year. */
  part?: number;
}

const PATTERN = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

export function parsePeriod(text: string): ParsedPeriod | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2]) return { kind: 'quarter', year, part: Number(match[2]) };
  if (match[3]) return { kind: 'month', year, part: Number(match[3]) };
  return { kind: 'year', year };
}

export function isPeriod(text: string): boolean {
  return parsePeriod(text) !== null;
}

/** Position of the period's end on the year axis: `2025` → 2025, `2025-Q2` → 2024.5 + … (see below). */
export function periodEndYear(period: ParsedPeriod): number {
  // A year's figure is the state at its end: 2025 sits at 2025.0 on the axis, as in Open SDG where
  // series are indexed by whole years; a quarter or month ends a fraction of the way into that year.
  switch (period.kind) {
    case 'year':
      return period.year;
    case 'quarter':
      return period.year - 1 + (period.part ?? 4) / 4;
    case 'month':
      return period.year - 1 + (period.part ?? 12) / 12;
  }
}

/** The last day of the period, ISO. */
export function periodEndDate(period: ParsedPeriod): string {
  const lastMonth =
    period.kind === 'year' ? 12 : period.kind === 'quarter' ? (period.part ?? 4) * 3 : (period.part ?? 12);
  const lastDay = new Date(Date.UTC(period.year, lastMonth, 0)).getUTCDate();
  return `${period.year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}
