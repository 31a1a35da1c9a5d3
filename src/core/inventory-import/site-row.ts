import { isEmpty, isProblem, type Problem, show } from '../plans/cell-values.ts';
import type { RawRecord, RawValue, RowError } from '../plans/plan-input.ts';
import { geometryProblemOf } from './geometry-problem.ts';
import { SITE_FIELD_BY_KEY, type SiteFieldKey } from './site-fields.ts';

export type Message = { vi: string; en: string };

/** Where one row's problems go, and the column labels the user saw. */
export interface RowSink {
  errors: RowError[];
  warnings: RowError[];
  /** Header as written per field (from the file), else the template's vi label is used. */
  columns: Partial<Record<SiteFieldKey, string>> | undefined;
}

const REQUIRED: Message = { vi: 'bắt buộc, đang để trống', en: 'is required but empty' };

/**
 * Reads the cells of one row at a time (one reader serves every row of a file: `start` moves it to
 * the next) and reports each problem with the row's location, column label and value.
 */
export class RowReader {
  private failed = false;
  private record: RawRecord = { location: { row: 0 }, fields: {} };
  private readonly labels = new Map<SiteFieldKey, string>();

  constructor(private readonly sink: RowSink) {
    for (const [key, spec] of SITE_FIELD_BY_KEY) this.labels.set(key, sink.columns?.[key] ?? spec.vi);
  }

  start(record: RawRecord): void {
    this.record = record;
    this.failed = false;
  }

  get hasErrors(): boolean {
    return this.failed;
  }

  get location(): RawRecord['location'] {
    return this.record.location;
  }

  raw(key: SiteFieldKey): RawValue {
    return this.record.fields[key];
  }

  /** Why the record has no point, when its reader said (a GeoJSON LineString…); see geometry-problem.ts. */
  geometryProblem(): Message | null {
    return geometryProblemOf(this.record.fields);
  }

  label(key: SiteFieldKey): string {
    return this.labels.get(key) ?? key;
  }

  /** An error of one field; `column`/`value` override the field's own (for a pair of columns). */
  fail(key: SiteFieldKey, message: Message, over?: { column: string; value: string }): void {
    this.failed = true;
    this.sink.errors.push(this.problem(key, message, over));
  }

  warn(key: SiteFieldKey, message: Message, over?: { column: string; value: string }): void {
    this.sink.warnings.push(this.problem(key, message, over));
  }

  private problem(key: SiteFieldKey, message: Message, over?: { column: string; value: string }): RowError {
    const { sheet, row } = this.record.location;
    const column = over === undefined ? this.label(key) : over.column;
    const value = over === undefined ? show(this.raw(key)) : over.value;
    return sheet === undefined
      ? { row, field: key, column, value, message }
      : { sheet, row, field: key, column, value, message };
  }

  /** The field's value read by `reader`; reports an empty required field or the reader's problem. */
  read<T>(key: SiteFieldKey, reader: (raw: RawValue) => T | null | Problem): T | null {
    const raw = this.raw(key);
    if (isEmpty(raw)) {
      if (SITE_FIELD_BY_KEY.get(key)?.required) this.fail(key, REQUIRED);
      return null;
    }
    const value = reader(raw);
    if (isProblem(value)) {
      this.fail(key, value.problem);
      return null;
    }
    return value;
  }
}

/** Whether every cell of the record is empty (a blank line of the sheet: skipped, not an error). */
export function isBlankRecord(record: RawRecord): boolean {
  for (const key in record.fields) if (!isEmpty(record.fields[key])) return false;
  return true;
}

const MEMO_LIMIT = 50_000;

/**
 * A cell reader remembered per distinct cell content: status, technologies, bands, operators repeat
 * on nearly every row, so a 100,000-row file parses each spelling once. Dates and other objects are
 * not remembered; the memory is bounded.
 */
export function memo<T>(reader: (raw: RawValue) => T): (raw: RawValue) => T {
  // Strings (nearly every cell) key their own map as they are: no key string is built per call.
  const strings = new Map<string, T>();
  const others = new Map<string, T>();
  return (raw) => {
    if (typeof raw === 'string') {
      const hit = strings.get(raw);
      if (hit !== undefined || strings.has(raw)) return hit as T;
      const value = reader(raw);
      if (strings.size < MEMO_LIMIT) strings.set(raw, value);
      return value;
    }
    if (typeof raw !== 'number' && typeof raw !== 'boolean') return reader(raw);
    const key = `${typeof raw}${raw}`;
    const hit = others.get(key);
    if (hit !== undefined || others.has(key)) return hit as T;
    const value = reader(raw);
    if (others.size < MEMO_LIMIT) others.set(key, value);
    return value;
  };
}
