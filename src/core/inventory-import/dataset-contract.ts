import type { RawRecord, RowError } from '../plans/plan-input.ts';
import type { IsoDate } from '../units/admin-unit.ts';

/**
 * What every importable dataset type provides, so one import service reads, validates and stores
 * any of them the same way: its columns (Vietnamese labels, aliases seen in the wild), and a row
 * validator that takes one record at a time (a file streams through it) and hands back the typed
 * row when the row has no error.
 */

export const DATASET_TYPES = [
  'sites',
  'villages',
  'fixed_broadband',
  'data_centres',
  'it_parks',
  'postal_facilities',
  'network_connections',
] as const;
export type DatasetType = (typeof DATASET_TYPES)[number];

export type Message = { vi: string; en: string };

/** One column of a dataset as users write it. */
export interface FieldSpec<K extends string = string> {
  key: K;
  /** The template's header. */
  vi: string;
  en: string;
  /** Other headers seen in real files, best first. */
  aliases: string[];
  required: boolean;
  /** Shown as the template cell's input message and on the guide sheet. */
  hintVi: string;
  /** Words offered as the template's drop-down list (the reader accepts more spellings). */
  list?: readonly string[];
}

/** A commune as a row names it: a code (current or pre-2025), a name, a province to narrow the name. */
export interface CommuneQuery {
  code?: string;
  name?: string;
  provinceName?: string;
}

/** A current unit code, with an optional note shown as a warning, or what is wrong. */
export type UnitResolution = { code: string; note?: Message } | { problem: Message };

/** Commune boundaries; `PolygonIndex` fits. */
export interface CommunePolygons {
  /** Inside commune `code` or within `metres` of it; `null` when there is no boundary for that code. */
  within(code: string, lon: number, lat: number, metres: number): boolean | null;
  /** Codes of the communes containing the point (empty outside the country). */
  locate(lon: number, lat: number): string[];
}

/** What validation needs from outside: supplied by the service, so validators stay pure. */
export interface ImportContext {
  /** Who submits: an operator code for operator datasets, else the submitting organisation's name. */
  organisation: string;
  /** The submission period's end date: unit codes and names are read on it. */
  date: IsoDate;
  resolveCommune(query: CommuneQuery, on: IsoDate): UnitResolution;
  /** A province by code (`19`, also `6` for `06`) or name, pre-2025 codes mapped forward. */
  resolveProvince(query: { code?: string; name?: string }, on: IsoDate): UnitResolution;
  polygons: CommunePolygons;
  /** Natural keys (see `DatasetDefinition.keyOf`) already stored: rows with them are updates. */
  existingKeys: ReadonlySet<string>;
  /** Village codes stored (fixed broadband rows must name one of them, or one in the same file). */
  villageCodes?: ReadonlySet<string>;
  /** The header each field had in the file; default: the template's label. */
  columns?: Readonly<Record<string, string>>;
  /** A unit's display name for messages (`Phường Đức Xuân`); default: its code only. */
  unitName?(code: string): string | null;
}

export interface ValidationSummary {
  /** Non-blank rows read. */
  rows: number;
  /** Blank rows skipped (the file readers give those between data rows as records without fields). */
  blankRows: number;
  accepted: number;
  rejected: number;
  /** Accepted rows whose key is already stored. */
  updates: number;
  /** Accepted rows with a new key. */
  additions: number;
  /** Rows whose longitude and latitude columns were read swapped (0 for datasets without points). */
  swappedCoordinates: number;
}

/** Where problems go while rows stream through a validator. */
export interface ProblemSink {
  errors: RowError[];
  warnings: RowError[];
}

/** Validates one record at a time, remembering what it needs across rows (duplicate keys…). */
export interface RowValidator<Row> {
  /** The row when it has no error (blank records give `null` and count as blank), else `null`. */
  push(record: RawRecord): Row | null;
  readonly summary: ValidationSummary;
}

export interface DatasetDefinition<Row, K extends string = string> {
  type: DatasetType;
  /** Vietnamese and English names of the dataset (`Thôn, bản` / `Villages`). */
  titleVi: string;
  titleEn: string;
  /** Whether the submitting organisation must be an operator code (sites, fixed broadband). */
  organisationIsOperator: boolean;
  fields: readonly FieldSpec<K>[];
  /** The field a header names, however spelled; `null` for a column the dataset does not use. */
  fieldOfHeader(header: string): K | null;
  /** Fields without which no row can be read (the file is refused when a column is missing). */
  requiredKeys: readonly K[];
  /**
   * Groups of fields of which a file needs at least one column (a commune by code or by name): the
   * file is refused when a group has none. Optional; rows still report an empty group one by one.
   */
  requiredOneOf?: readonly (readonly K[])[];
  /** A stored row's natural key, as in `ImportContext.existingKeys`. */
  keyOf(row: Row): string;
  validator(ctx: ImportContext, sink: ProblemSink): RowValidator<Row>;
}

export const emptySummary = (): ValidationSummary => ({
  rows: 0,
  blankRows: 0,
  accepted: 0,
  rejected: 0,
  updates: 0,
  additions: 0,
  swappedCoordinates: 0,
});
