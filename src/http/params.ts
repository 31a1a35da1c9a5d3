import { invalidParameter } from '../core/errors/error-codes.ts';
import { type IsoDate, isUnitLevel, type UnitLevel } from '../core/units/admin-unit.ts';

/**
 * Query-parameter parsing shared by every route. Each failure names the parameter, the value and
 * what was expected (400 INVALID_PARAMETER), never a 500.
 */
export type Query = Record<string, string | undefined>;

/** Rejects parameters a route does not know: a typo such as `levl=` must not silently widen an answer. */
export function rejectUnknown(query: Query, allowed: readonly string[]): void {
  for (const name of Object.keys(query)) {
    if (!allowed.includes(name)) {
      throw invalidParameter(name, query[name] ?? '', 'known', { options: allowed.join(', ') });
    }
  }
}

export function optionalDate(query: Query, field: string): IsoDate | undefined {
  const value = query[field];
  if (value === undefined || value === '') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    // Date.UTC rolls 2025-13-01 over to 2026-01-01; a real date survives the round trip.
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return value;
  }
  throw invalidParameter(field, value, 'date');
}

export function optionalLevel(
  query: Query,
  field: string,
  options: readonly UnitLevel[] = ['country', 'province', 'district', 'commune'],
): UnitLevel | undefined {
  const value = query[field];
  if (value === undefined || value === '') return undefined;
  if (isUnitLevel(value) && options.includes(value)) return value;
  throw invalidParameter(field, value, 'level', { options: options.join(', ') });
}

export function integerParam(
  query: Query,
  field: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = query[field];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!/^-?\d+$/.test(value) || n < min || n > max) {
    throw invalidParameter(field, value, field === 'offset' ? 'offset' : 'limit', { min, max });
  }
  return n;
}

export function booleanParam(query: Query, field: string): boolean {
  const value = query[field];
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw invalidParameter(field, value, 'boolean');
}

export function optionalText(query: Query, field: string, max = 200): string | undefined {
  const value = query[field];
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (trimmed.length > max)
    throw invalidParameter(field, `${trimmed.slice(0, 40)}…`, 'text', { min: 1, max });
  return trimmed;
}

export function requiredText(query: Query, field: string, max = 200): string {
  const value = optionalText(query, field, max);
  if (value === undefined) throw invalidParameter(field, query[field] ?? '', 'text', { min: 1, max });
  return value;
}

/** Unit codes are `VN` or 2 (province), 3 (district) or 5 (commune) digits. */
export function unitCode(value: string, field = 'code'): string {
  const code = value.trim().toUpperCase();
  if (code === 'VN' || /^\d{2}$|^\d{3}$|^\d{5}$/.test(code)) return code;
  throw invalidParameter(field, value, 'code');
}
