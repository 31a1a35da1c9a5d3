import { formatNumber, type Lang } from '../i18n/i18n.tsx';
import { unitText } from '../i18n/messages/charts.ts';

// Values and targets written as planners read them in decisions: "86,7 %", "≥ 100 %", "12–14",
// "≤ 5 ngày", "hạng 20". Pure, so tests pin the wording.

/** A target as the API gives it: a comparator with a value, or a range with min and max. */
export interface TargetLike {
  readonly comparator: string;
  readonly value?: number | null;
  readonly min?: number | null;
  readonly max?: number | null;
}

const COMPARATORS: Readonly<Record<string, string>> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' };

/** Decimals worth showing: none for counts and ranks, one otherwise. */
function digitsFor(unit: string): number {
  return unit === 'count' || unit === 'rank' ? 0 : 1;
}

/** A number with its unit of measure: "86,7 %", "2.572", "40 Mb/s", "hạng 20", "5 ngày". */
export function formatValue(value: number, unit: string, lang: Lang): string {
  const digits = digitsFor(unit);
  // 3.105 of 3.106 villages is not "100 %": a share short of 100 is never rounded up to it.
  const roundsUpToWhole = unit === '%' && value < 100 && Number(value.toFixed(digits)) >= 100;
  const text = formatNumber(roundsUpToWhole ? floorTo(value, digits) : value, lang, digits);
  return withUnit(text, unit, lang);
}

function floorTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.floor(value * factor) / factor;
}

function withUnit(text: string, unit: string, lang: Lang): string {
  const label = Object.hasOwn(unitText, unit) ? unitText[unit as keyof typeof unitText][lang] : unit;
  if (!label) return text;
  if (unit === 'rank') return `${label} ${text}`;
  return `${text} ${label}`;
}

/** The target's comparator and value(s) with the unit: "≥ 100 %", "12–14", "≤ hạng 20". */
export function formatTarget(target: TargetLike, unit: string, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang, digitsFor(unit));
  if (target.comparator === 'range' && typeof target.min === 'number' && typeof target.max === 'number') {
    return withUnit(`${n(target.min)}–${n(target.max)}`, unit, lang);
  }
  if (typeof target.value !== 'number') return '';
  const symbol = COMPARATORS[target.comparator] ?? target.comparator;
  return `${symbol} ${formatValue(target.value, unit, lang)}`;
}

/** The values a target line is drawn at: one for a comparator, two for a range. */
export function targetLevels(target: TargetLike): number[] {
  if (target.comparator === 'range') {
    return [target.min, target.max].filter((v): v is number => typeof v === 'number');
  }
  return typeof target.value === 'number' ? [target.value] : [];
}

/** A period as people write it: 2025, Q2/2025 (vi: Quý 2/2025), 6/2025 (en: Jun 2025). */
export function formatPeriod(period: string, lang: Lang): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return lang === 'vi' ? `Quý ${quarter[2]}/${quarter[1]}` : `Q${quarter[2]} ${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const m = Number(month[2]);
    if (lang === 'vi') return `${m}/${month[1]}`;
    const name = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, m - 1, 1)),
    );
    return `${name} ${month[1]}`;
  }
  return period;
}
