import type { FieldSpec } from '../../../../src/core/inventory-import/dataset-contract.ts';

// A validated row (as the API keeps it: typed values, nested carriers, a position) as short
// label–value pairs, labelled with the dataset's own column names where a value matches a column.

export interface RowPart {
  readonly key: string;
  /** The column's names, when the key is one of the dataset's columns. */
  readonly label: { readonly vi: string; readonly en: string } | null;
  readonly value: string | boolean;
}

/** Keys that say nothing to the reader of one row. */
const SKIPPED = new Set(['synthetic']);

function text(value: unknown): string | boolean | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(text).filter((v): v is string => typeof v === 'string' && v !== '');
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // A position reads as longitude, latitude, as in the files.
    if (typeof record.lon === 'number' && typeof record.lat === 'number')
      return `${record.lon}, ${record.lat}`;
    const parts = Object.values(record)
      .map(text)
      .filter((v): v is string => typeof v === 'string' && v !== '');
    return parts.length > 0 ? parts.join(' ') : null;
  }
  return String(value);
}

export function describeRow(
  data: Readonly<Record<string, unknown>>,
  fields: readonly FieldSpec[],
  /** Names of values that are no column (a site's position and carriers). */
  extra: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {},
): RowPart[] {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const parts: RowPart[] = [];
  for (const [key, raw] of Object.entries(data)) {
    if (SKIPPED.has(key)) continue;
    const value = text(raw);
    if (value === null) continue;
    const field = byKey.get(key);
    parts.push({ key, label: field ? { vi: field.vi, en: field.en } : (extra[key] ?? null), value });
  }
  return parts;
}
