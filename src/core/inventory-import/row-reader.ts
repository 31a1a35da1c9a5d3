import { isEmpty, isProblem, type Problem, show } from '../plans/cell-values.ts';
import type { RawRecord, RawValue, RowError } from '../plans/plan-input.ts';
import type { FieldSpec, Message, ProblemSink } from './dataset-contract.ts';
import { geometryProblemOf } from './geometry-problem.ts';

/**
 * The sites dataset's row reader (site-row.ts) made generic: driven by any dataset's field list and
 * the file's own headers (`ImportContext.columns`), so every dataset reports a problem alike — row,
 * field, the column as the file wrote it, the value, a vi/en message.
 */

const REQUIRED: Message = { vi: 'bắt buộc, đang để trống', en: 'is required but empty' };

/** Replaces a problem's column and value (a problem of a pair of columns, like longitude / latitude). */
export interface ProblemPlace {
  column: string;
  value: string;
}

/** What place.ts and the shared checks need of a reader: the fields they touch, nothing dataset-specific. */
export interface FieldReader<K extends string> {
  readonly location: RawRecord['location'];
  raw(key: K): RawValue;
  /** Why the record has no point, when its reader said (a GeoJSON LineString…); see geometry-problem.ts. */
  geometryProblem(): Message | null;
  label(key: K): string;
  fail(key: K, message: Message, over?: ProblemPlace): void;
  warn(key: K, message: Message, over?: ProblemPlace): void;
  /** The row's coordinates were read: every problem of the row, before and after, carries them. */
  locate(lon: number, lat: number): void;
  read<T>(key: K, reader: (raw: RawValue) => T | null | Problem): T | null;
}

/**
 * Reads the cells of one row at a time (one reader serves every row of a file: `start` moves it to
 * the next) and reports each problem with the row's location, column label and value.
 */
export class RowReader<K extends string> implements FieldReader<K> {
  private failed = false;
  private record: RawRecord = { location: { row: 0 }, fields: {} };
  /** Where the row's problems begin in the sink, and its coordinates once read (NaN: none). */
  private firstError = 0;
  private firstWarning = 0;
  private lon = Number.NaN;
  private lat = Number.NaN;
  private point: [number, number] | null = null;
  private readonly labels = new Map<K, string>();
  private readonly required = new Set<K>();

  constructor(
    fields: readonly FieldSpec<K>[],
    private readonly sink: ProblemSink,
    columns?: Readonly<Record<string, string>>,
  ) {
    for (const spec of fields) {
      this.labels.set(spec.key, columns?.[spec.key] ?? spec.vi);
      if (spec.required) this.required.add(spec.key);
    }
  }

  start(record: RawRecord): void {
    this.record = record;
    this.failed = false;
    this.firstError = this.sink.errors.length;
    this.firstWarning = this.sink.warnings.length;
    this.lon = Number.NaN;
    this.lat = Number.NaN;
    this.point = null;
  }

  /**
   * Only rows with a problem pay for their point: a clean row stores two numbers here and two lengths
   * at `start`. The sink is trimmed between rows only (ProblemReport.trim), so this row's problems
   * are still those from the recorded lengths on.
   */
  locate(lon: number, lat: number): void {
    this.lon = lon;
    this.lat = lat;
    const { errors, warnings } = this.sink;
    for (let i = this.firstError; i < errors.length; i++) errors[i] = this.located(errors[i] as RowError);
    for (let i = this.firstWarning; i < warnings.length; i++)
      warnings[i] = this.located(warnings[i] as RowError);
  }

  /** The problem with the row's point, when the row has one. */
  private located(problem: RowError): RowError {
    if (Number.isNaN(this.lon)) return problem;
    this.point ??= [this.lon, this.lat];
    return { ...problem, point: this.point };
  }

  get hasErrors(): boolean {
    return this.failed;
  }

  get location(): RawRecord['location'] {
    return this.record.location;
  }

  raw(key: K): RawValue {
    return this.record.fields[key];
  }

  geometryProblem(): Message | null {
    return geometryProblemOf(this.record.fields);
  }

  label(key: K): string {
    return this.labels.get(key) ?? key;
  }

  /** An error of one field; `over` replaces the field's column and value (for a pair of columns). */
  fail(key: K, message: Message, over?: ProblemPlace): void {
    this.failed = true;
    this.sink.errors.push(this.problem(key, message, over));
  }

  warn(key: K, message: Message, over?: ProblemPlace): void {
    this.sink.warnings.push(this.problem(key, message, over));
  }

  private problem(key: K, message: Message, over?: ProblemPlace): RowError {
    const { sheet, row } = this.record.location;
    const column = over === undefined ? this.label(key) : over.column;
    const value = over === undefined ? show(this.raw(key)) : over.value;
    return this.located(
      sheet === undefined
        ? { row, field: key, column, value, message }
        : { sheet, row, field: key, column, value, message },
    );
  }

  /** The field's value read by `reader`; reports an empty required field or the reader's problem. */
  read<T>(key: K, reader: (raw: RawValue) => T | null | Problem): T | null {
    const raw = this.raw(key);
    if (isEmpty(raw)) {
      if (this.required.has(key)) this.fail(key, REQUIRED);
      return null;
    }
    const value = reader(raw);
    if (isProblem(value)) {
      this.fail(key, value.problem);
      return null;
    }
    return value;
  }

  /** Reports an empty field as required (for a field required only on some rows). */
  require(key: K, why: Message): void {
    this.fail(key, { vi: `bắt buộc ${why.vi}, đang để trống`, en: `is required ${why.en} but empty` });
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
