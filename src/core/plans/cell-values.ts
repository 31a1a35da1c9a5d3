import type { IsoDate } from '../units/admin-unit.ts';
import type { RawValue } from './plan-input.ts';

/**
 * Reading what a spreadsheet cell or a JSON property holds. Each reader answers a value, `null` for
 * an empty cell, or a `Problem` saying what was wrong in both languages.
 */
export interface Problem {
  problem: { vi: string; en: string };
}

export const isProblem = (v: unknown): v is Problem => typeof v === 'object' && v !== null && 'problem' in v;

export function isEmpty(raw: RawValue): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

export function show(raw: RawValue): string {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date)
    return Number.isNaN(raw.getTime()) ? 'Invalid Date' : raw.toISOString().slice(0, 10);
  return String(raw);
}

export function readText(raw: RawValue): string | null {
  if (isEmpty(raw)) return null;
  return show(raw).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Numbers as officers type them: `90`, `90,5` (Vietnamese decimal comma), `1.234,5` (dot for
 * thousands), `1,234.5`, `90%`. A lone dot is a decimal point unless it groups thousands (`1.000`).
 */
export function readNumber(raw: RawValue): number | null | Problem {
  if (isEmpty(raw)) return null;
  if (typeof raw === 'number') {
    return Number.isFinite(raw)
      ? raw
      : { problem: { vi: 'không phải là số hữu hạn', en: 'is not a finite number' } };
  }
  if (typeof raw === 'boolean' || raw instanceof Date) {
    return { problem: { vi: 'không phải là số', en: 'is not a number' } };
  }
  let text = String(raw).trim().replace(/\s/g, '').replace(/%$/, '');
  if (text.includes(',') && text.includes('.')) {
    text =
      text.lastIndexOf(',') > text.lastIndexOf('.')
        ? text.replace(/\./g, '').replace(',', '.')
        : text.replace(/,/g, '');
  } else if (text.includes(',')) {
    text =
      /^-?\d{1,3}(,\d{3})+$/.test(text) && text.split(',').length > 2
        ? text.replace(/,/g, '')
        : text.replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) {
    text = text.replace(/\./g, '');
  }
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { problem: { vi: 'không phải là số', en: 'is not a number' } };
  return Number(text);
}

export function readYear(raw: RawValue): number | null | Problem {
  const n = readNumber(raw);
  if (n === null || isProblem(n)) return n;
  if (!Number.isInteger(n) || n < 1900 || n > 2100) {
    return { problem: { vi: 'không phải là năm (1900–2100)', en: 'is not a year (1900–2100)' } };
  }
  return n;
}

function isoOf(y: number, m: number, d: number): IsoDate | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date: ISO `2025-12-31`, Vietnamese `31/12/2025`, or an Excel date cell. */
export function readDate(raw: RawValue): IsoDate | null | Problem {
  if (isEmpty(raw)) return null;
  const bad = {
    problem: {
      vi: 'không phải là ngày (YYYY-MM-DD hoặc DD/MM/YYYY)',
      en: 'is not a date (YYYY-MM-DD or DD/MM/YYYY)',
    },
  };
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return bad;
    return isoOf(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate()) ?? bad;
  }
  const text = show(raw).trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? bad;
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (vi) return isoOf(Number(vi[3]), Number(vi[2]), Number(vi[1])) ?? bad;
  return bad;
}

/** A deadline: a year means its last day (a 2025 target is due by 31/12/2025), or a date. */
export function readDeadline(raw: RawValue): IsoDate | null | Problem {
  if (typeof raw === 'number' || (typeof raw === 'string' && /^\s*\d{4}\s*$/.test(raw))) {
    const year = readYear(raw);
    if (year === null || isProblem(year)) return year;
    return `${year}-12-31`;
  }
  return readDate(raw);
}
