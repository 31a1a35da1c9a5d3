/**
 * What the reader found in a file, for the import report: its format and encoding, where the header
 * is, and for each column the field it is read into, or why it is ignored.
 */
import type { RawRecord } from '../../core/plans/plan-input.ts';
import type { CsvDelimiter } from '../csv/sniff-delimiter.ts';
import type { EncodingDetection } from '../text/detect-encoding.ts';
import type { LocalizedText, TextEncodingName } from '../text/text-encoding.ts';
import { missingColumns } from './dataset-file-error.ts';
import type { DatasetFormat } from './dataset-source.ts';

export interface ReadDatasetOptions {
  /** Column label (or GeoJSON property name) → field key, or null for a column the dataset type does not know. */
  resolveHeader: (label: string) => string | null;
  /**
   * Keys the dataset type needs: a file with no column for one of them is refused as a whole
   * (MISSING_COLUMNS, naming the columns) rather than with the same error on every row.
   */
  requiredKeys?: readonly string[];
  /**
   * The dataset type's columns (a core `DatasetDefinition` fits): their labels name missing columns
   * in the refusal (`Công nghệ`, not `technologies`), and a file without any column of one of its
   * `requiredOneOf` groups (neither `Mã xã` nor `Tên xã`) is refused too.
   */
  dataset?: DatasetColumnsSpec;
  /** Text files (CSV, GeoJSON) only: the encoding, instead of detecting it. */
  encoding?: TextEncodingName;
  /** XLSX only: the sheet's name (folded: `Tram BTS` finds `Trạm BTS`) or its 1-based position. */
  sheet?: string | number;
  /** Told the number of records read, every {@link PROGRESS_EVERY} records and once at the end. */
  onProgress?: (rowsRead: number) => void;
}

/** What the reader uses of a dataset definition. */
export interface DatasetColumnsSpec {
  fields: readonly { key: string; vi: string; en: string }[];
  /** Groups of keys of which a file needs at least one column. */
  requiredOneOf?: readonly (readonly string[])[];
}

export const PROGRESS_EVERY = 1000;

/** How the header is searched: in the first rows of a sheet or records of a CSV, like plan workbooks. */
export const MIN_KNOWN_COLUMNS = 2;

export interface DatasetColumn {
  /** Column number (A = 1) in a sheet or CSV record; a GeoJSON property's order of first appearance. */
  column: number;
  label: string;
  /** The field the column is read into, or null when it is ignored. */
  key: string | null;
  /** `duplicate`: a known label whose field an earlier column already gives (the first one is read). */
  status: 'read' | 'unknown' | 'duplicate';
}

/** The encoding a text file is read in; `settled: false` while only ASCII has been seen (see readCsvRows). */
export interface DatasetEncoding extends EncodingDetection {
  settled: boolean;
}

export interface DatasetFileInfo {
  name: string;
  format: DatasetFormat;
  /** CSV and GeoJSON; null for XLSX. */
  encoding: DatasetEncoding | null;
  /** CSV only. */
  delimiter: CsvDelimiter | null;
  /** XLSX only: the sheet read, and all sheets of the workbook. */
  sheet: string | null;
  sheets: string[];
  /** The header's rows (Excel rows, or the CSV line): two for a two-level header; [] for GeoJSON. */
  headerRows: number[];
  /** Columns with a label, in order; blank-labelled columns are left out. */
  columns: DatasetColumn[];
  /** Labels of the ignored columns nobody knows (the report mentions them). */
  unknownColumns: string[];
  /** `requiredKeys` no column gives: always empty, a file without one is refused (see checkColumns). */
  missingKeys: string[];
}

export interface DatasetReadSummary {
  /** Records yielded, blank ones (see BlankRows) included. */
  records: number;
  /** The encoding the whole file was read in (it may have been settled after `info`). */
  encoding: DatasetEncoding | null;
}

export interface DatasetReader {
  /** Resolves once the header is found; rejects with the DatasetFileError of an unusable file. */
  info: Promise<DatasetFileInfo>;
  /** The data rows; throws a DatasetFileError (for the file) and returns a summary at the end. */
  records: AsyncGenerator<RawRecord, DatasetReadSummary, undefined>;
  /**
   * The same rows a few hundred at a time (a CSV chunk, or up to {@link BATCH_SIZE} rows of a sheet):
   * one await per batch, for large imports. Read either `records` or `batches`, not both.
   */
  batches: AsyncGenerator<RawRecord[], DatasetReadSummary, undefined>;
}

export const BATCH_SIZE = 1000;

/** Groups a reader's records in arrays of up to `size` (XLSX and GeoJSON read row by row). */
export async function* inBatches(
  records: AsyncIterable<RawRecord>,
  size = BATCH_SIZE,
): AsyncGenerator<RawRecord[], void, undefined> {
  let batch: RawRecord[] = [];
  for await (const record of records) {
    batch.push(record);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** What each format's reader gives back once its header is found. */
export interface OpenedDataset {
  info: DatasetFileInfo;
  rows: AsyncGenerator<RawRecord[], void, undefined>;
  /** The header's place, for the EMPTY message of a file with no data row. */
  headerPlace: LocalizedText;
  /** The encoding as known now (CSV: may settle while reading). */
  encoding(): DatasetEncoding | null;
}

/** Labels → columns: a key is read from the first column that names it; blank labels are dropped. */
export function mapColumns(
  labels: readonly { column: number; label: string }[],
  resolve: (label: string) => string | null,
): DatasetColumn[] {
  const taken = new Set<string>();
  const columns: DatasetColumn[] = [];
  for (const { column, label } of labels) {
    if (label.trim() === '') continue;
    const key = resolve(label);
    if (key === null) columns.push({ column, label, key: null, status: 'unknown' });
    else if (taken.has(key)) columns.push({ column, label, key: null, status: 'duplicate' });
    else {
      taken.add(key);
      columns.push({ column, label, key, status: 'read' });
    }
  }
  return columns;
}

/** Distinct fields a header row gives. */
export function knownCount(columns: readonly DatasetColumn[]): number {
  return columns.filter((c) => c.status === 'read').length;
}

export function unknownLabels(columns: readonly DatasetColumn[]): string[] {
  return columns.filter((c) => c.status === 'unknown').map((c) => c.label);
}

/** The fields a header gives: the keys of its read columns, and `extra` ones. */
export function givenKeys(columns: readonly DatasetColumn[], extra: readonly string[] = []): Set<string> {
  const keys = new Set(extra);
  for (const c of columns) if (c.key !== null) keys.add(c.key);
  return keys;
}

/**
 * The `requiredKeys` the file gives no column for (for `info.missingKeys`): an empty list, since the
 * file is refused (MISSING_COLUMNS) when a required key or every key of a `requiredOneOf` group is
 * missing, naming the columns by the dataset's labels (by key without them).
 */
export function checkColumns(
  name: string,
  options: ReadDatasetOptions,
  present: ReadonlySet<string>,
): string[] {
  const missing = (options.requiredKeys ?? []).filter((k) => !present.has(k));
  const groups = (options.dataset?.requiredOneOf ?? []).filter((g) => !g.some((k) => present.has(k)));
  if (missing.length === 0 && groups.length === 0) return missing;
  const fields = options.dataset?.fields ?? [];
  const named = (key: string): LocalizedText => fields.find((f) => f.key === key) ?? { vi: key, en: key };
  throw missingColumns(
    name,
    missing.map(named),
    groups.map((g) => g.map(named)),
  );
}

/**
 * Blank rows below the header (empty, or with nothing in a column the dataset reads: only blanks,
 * only delimiters, only a note), handed to the validator as records without fields so that it counts
 * them, once a row with data follows: blank rows after the last data row (the trailing `;;;;` lines
 * of an Excel export, formatted empty rows of a sheet) are not worth a word. Kept as runs of row
 * numbers, so a long blank stretch costs no memory.
 */
export class BlankRows {
  private readonly runs: number[] = [];

  /** Blank rows wait for a row with data. */
  get waiting(): boolean {
    return this.runs.length > 0;
  }

  /** Rows `from`…`to` are blank. */
  add(from: number, to: number): void {
    const runs = this.runs;
    if (runs.length > 0 && runs[runs.length - 1] === from - 1) runs[runs.length - 1] = to;
    else runs.push(from, to);
  }

  /** A record without fields for each waiting blank row, in order; `sheet` for a workbook's rows. */
  *flush(sheet?: string): Generator<RawRecord, void, undefined> {
    const runs = this.runs;
    for (let i = 0; i < runs.length; i += 2) {
      const to = runs[i + 1] as number;
      for (let row = runs[i] as number; row <= to; row++) {
        yield { location: sheet === undefined ? { row } : { sheet, row }, fields: {} };
      }
    }
    runs.length = 0;
  }
}
