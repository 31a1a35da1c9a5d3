import { isEmpty, isProblem, type Problem, readNumber, readText, show } from '../plans/cell-values.ts';
import type { RawValue } from '../plans/plan-input.ts';
import { foldForSearch } from '../text/vietnamese.ts';
import type { Message } from './dataset-contract.ts';

/**
 * Cell readers every dataset shares, in the style of plans/cell-values.ts: each answers a value,
 * `null` for an empty cell, or a `Problem` in both languages saying what is expected. site-values.ts
 * keeps the sites' own readers (operators, technologies, bands); its yes/no reader knows the sharing
 * words of a site list but not `đã`/`chưa`, which connection and FTTH columns are full of.
 */

export const problem = (vi: string, en: string): Problem => ({ problem: { vi, en } });

/** Folded and without spaces: `Đã kết nối` → `daketnoi`, `regional_centre` → `regionalcentre`. */
export const squash = (s: string): string => foldForSearch(s).replace(/ /g, '');

const YES = new Set(['co', 'c', 'x', '1', 'yes', 'y', 'true', 'dung', 'da', 'roi', 'daco', 'ok']);
const NO = new Set(['khong', 'k', 'ko', 'kg', '0', 'no', 'n', 'false', 'sai', 'chua', 'chuaco', 'khongco']);
// Check marks are symbols: folding for search drops them, so they are looked at before folding.
const CHECK_MARKS = /^[✓✔☑✅]$/u;

/** The template's drop-down words for a yes/no column. */
export const YES_NO_WORDS = ['có', 'không'] as const;

/**
 * A yes/no cell: `Có`/`Không`, `x`, `✓`, `1`/`0`, `yes`/`no`, `TRUE`/`FALSE`, `Đã`/`Chưa`, a checkbox,
 * and the column's own words (`Đã kết nối`/`Chưa kết nối`) given in `extra`, already squashed.
 */
export function yesNoReader(
  extra: { yes?: readonly string[]; no?: readonly string[] } = {},
): (raw: RawValue) => boolean | null | Problem {
  const yes = new Set([...YES, ...(extra.yes ?? [])]);
  const no = new Set([...NO, ...(extra.no ?? [])]);
  return (raw) => {
    if (isEmpty(raw)) return null;
    if (typeof raw === 'boolean') return raw;
    if (typeof raw === 'number' && (raw === 0 || raw === 1)) return raw === 1;
    const text = show(raw).trim();
    if (CHECK_MARKS.test(text)) return true;
    const word = squash(text);
    if (yes.has(word)) return true;
    if (no.has(word)) return false;
    return problem('cần Có hoặc Không (x, 1/0, Đã/Chưa, yes/no)', 'expected yes or no (Có/Không, x, 1/0)');
  };
}

export const readYesNo = yesNoReader();

/** A unit written after a number (`50 ha`, `2,5 MW`, `500 kW`) and what it multiplies the number by. */
export type UnitFactors = Readonly<Record<string, number>>;

/**
 * A number as cell-values reads it (`2,5`, `1.234`), optionally followed by one of `units` (folded,
 * `mw`, `kw`), scaled to the column's unit; an unknown unit is not a number.
 */
export function readMeasure(raw: RawValue, units: UnitFactors = {}): number | null | Problem {
  if (typeof raw !== 'string') return readNumber(raw);
  const match = /^(.*?\d)\s*([^\d\s.,][^\d]*)$/u.exec(raw.trim());
  if (match === null) return readNumber(raw);
  const unit = squash(match[2] ?? '');
  const factor = Object.hasOwn(units, unit) ? units[unit] : undefined;
  if (factor === undefined) return problem('không phải là số', 'is not a number');
  const value = readNumber(match[1] ?? '');
  if (value === null || isProblem(value)) return value;
  // Rounded so that `300 kW` gives 0.3 MW, not 0.30000000000000004.
  return factor === 1 ? value : Math.round(value * factor * 1e9) / 1e9;
}

export interface NumberRule {
  min?: number;
  /** Excludes `min` itself (`> 0`). */
  minExclusive?: boolean;
  max?: number;
  integer?: boolean;
  units?: UnitFactors;
  /** The unit named in messages (`MW`, `ha`); none for a count. */
  unit?: string;
}

/** What a rule expects, in words: `số nguyên ≥ 0`, `a number > 0 (MW)`, `số từ 1 đến 3`. */
function expectation(rule: NumberRule): Message {
  const kind = rule.integer ? { vi: 'số nguyên', en: 'a whole number' } : { vi: 'số', en: 'a number' };
  const { min, max } = rule;
  let range: Message = { vi: '', en: '' };
  if (min !== undefined && max !== undefined && !rule.minExclusive) {
    range = { vi: ` từ ${min} đến ${max}`, en: ` from ${min} to ${max}` };
  } else {
    const bounds = [
      min !== undefined ? `${rule.minExclusive ? '>' : '≥'} ${min}` : '',
      max !== undefined ? `≤ ${max}` : '',
    ].filter((b) => b !== '');
    if (bounds.length > 0) range = { vi: ` ${bounds.join(', ')}`, en: ` ${bounds.join(', ')}` };
  }
  const unit = rule.unit ? ` (${rule.unit})` : '';
  return { vi: `cần ${kind.vi}${range.vi}${unit}`, en: `expected ${kind.en}${range.en}${unit}` };
}

/** A reader of a number under a rule: counts, capacities, areas, ratios. */
export function numberReader(rule: NumberRule): (raw: RawValue) => number | null | Problem {
  const expected = expectation(rule);
  const notANumber = problem(`không phải là số; ${expected.vi}`, `is not a number; ${expected.en}`);
  return (raw) => {
    const value = readMeasure(raw, rule.units);
    if (value === null) return null;
    if (isProblem(value)) return notANumber;
    const { min, max } = rule;
    const low = min !== undefined && (rule.minExclusive ? value <= min : value < min);
    const high = max !== undefined && value > max;
    if (low || high || (rule.integer && !Number.isInteger(value))) return { problem: expected };
    return value;
  };
}

/** People, households, racks: a whole number, 0 or more (`1.234` and `1,234` are thousands). */
export const readCount = numberReader({ min: 0, integer: true });

export const CODE_MAX = 64;

/** Printable ASCII without spaces: already what `readText` would make of it. */
const PLAIN = /^[\x21-\x7e]+$/;

/** An identifier (≤ 64 characters), spaces collapsed; a number cell keeps its digits as typed. */
export function readCode(raw: RawValue): string | null | Problem {
  const code = typeof raw === 'string' && PLAIN.test(raw) ? raw : readText(raw);
  if (code === null) return null;
  if (code.length > CODE_MAX) {
    return problem(`dài quá ${CODE_MAX} ký tự`, `is longer than ${CODE_MAX} characters`);
  }
  return code;
}

/**
 * A reader of a word from a list (a status, a type): folded spellings → value, tried as the whole
 * cell, then as its beginning (`Bưu cục cấp 2` starts with `buucuc`). `expected` lists the words.
 */
export function wordReader<T>(
  words: Readonly<Record<string, T>>,
  expected: Message,
  prefixes: readonly (readonly [string, T])[] = [],
): (raw: RawValue) => T | null | Problem {
  // A Map, not the record: `constructor` typed in a cell must not find Object's own properties.
  const byWord = new Map<string, T>(Object.entries(words));
  return (raw) => {
    if (isEmpty(raw)) return null;
    const word = squash(show(raw));
    const exact = byWord.get(word);
    if (exact !== undefined) return exact;
    for (const [prefix, value] of prefixes) if (word.startsWith(prefix)) return value;
    return { problem: expected };
  };
}
