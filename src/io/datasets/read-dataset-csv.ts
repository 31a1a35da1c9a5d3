/**
 * A CSV / TSV / semicolon file as records, streamed through readCsvRows (constant memory: a million
 * rows are fine). The header is the first record, among the first {@link HEADER_SEARCH_ROWS}
 * non-blank ones, with at least two known labels, so a title line above the table is skipped as in
 * a workbook. Each record's location is the physical line it starts on (a quoted line break inside
 * a cell makes the next record start further down), as a text editor or Excel numbers them. Blank
 * lines (empty, only delimiters, nothing in a known column) reach the validator as records without
 * fields (it counts them) when a line with data follows them (see BlankRows).
 *
 * The encoding and the delimiter are decided from the first 64 KB, the same sample readCsvRows
 * uses; the delimiter is sniffed here so `info` can report it even when the encoding is still open
 * (a file ASCII in its first 64 KB has its encoding settled at its first byte above 0x7F).
 */
import type { RawRecord, RawValue } from '../../core/plans/plan-input.ts';
import { CsvReadError } from '../csv/csv-read-error.ts';
import { type CsvRow, readCsvRowBatches } from '../csv/read-csv-rows.ts';
import { type CsvDelimiter, sniffDelimiter } from '../csv/sniff-delimiter.ts';
import { isBlank } from '../plans/cell-value.ts';
import { HEADER_SEARCH_ROWS } from '../plans/sheet-grid.ts';
import { createStreamDecoder } from '../text/decode.ts';
import { detectEncoding, type EncodingDetection } from '../text/detect-encoding.ts';
import { emptyFile, fromCsvReadError, noHeader } from './dataset-file-error.ts';
import {
  BlankRows,
  checkColumns,
  type DatasetColumn,
  type DatasetEncoding,
  givenKeys,
  knownCount,
  MIN_KNOWN_COLUMNS,
  mapColumns,
  type OpenedDataset,
  type ReadDatasetOptions,
  unknownLabels,
} from './dataset-info.ts';
import type { PeekedSource } from './dataset-source.ts';

export async function openCsv(peeked: PeekedSource, options: ReadDatasetOptions): Promise<OpenedDataset> {
  const { name } = peeked;
  const given = options.encoding;
  const fromHead: EncodingDetection =
    given === undefined ? detectEncoding(peeked.head) : { encoding: given, confidence: 1, reason: 'given' };
  let settled: EncodingDetection | null = null;
  const delimiter = sniffHead(peeked.head, fromHead);
  const rows = readCsvRowBatches(peeked.source(), {
    ...(given === undefined ? {} : { encoding: given }),
    delimiter,
    onDetected: (d) => {
      settled = { encoding: d.encoding, confidence: d.confidence, reason: d.reason };
    },
  });
  const encoding = (): DatasetEncoding => {
    const known: EncodingDetection | null = settled;
    if (known !== null) return { ...known, settled: true };
    return {
      ...fromHead,
      reason: `${fromHead.reason}; only ASCII in the first 64 KB, the encoding is settled at the first byte above 0x7F`,
      settled: false,
    };
  };
  const nextBatch = async (): Promise<CsvRow[] | null> => {
    try {
      const step = await rows.next();
      return step.done === true ? null : step.value;
    } catch (error) {
      if (error instanceof CsvReadError) throw fromCsvReadError(name, error, encoding().encoding);
      throw error;
    }
  };
  // The header is searched row by row; what it leaves of the current batch is read first after it.
  let buffer: CsvRow[] = [];
  let at = 0;
  const next = async (): Promise<CsvRow | null> => {
    while (at >= buffer.length) {
      const batch = await nextBatch();
      if (batch === null) return null;
      buffer = batch;
      at = 0;
    }
    return buffer[at++] ?? null;
  };

  try {
    const header = await findCsvHeader(next, options, name);
    const columns = header.columns;
    const missingKeys = checkColumns(name, options, givenKeys(columns));
    const fieldAt = columns
      .filter((c) => c.key !== null)
      .map((c) => [c.column - 1, c.key as string] as const);
    const blanks = new BlankRows();
    let previous = header.row;
    /** Records of `rows` from index `from` on, blank runs included once data follows them. */
    const recordsOf = (rows: readonly CsvRow[], from: number): RawRecord[] => {
      const out: RawRecord[] = [];
      for (let i = from; i < rows.length; i++) {
        const row = rows[i] as CsvRow;
        // Empty lines, which the tokenizer skips, show as a gap after the previous record; a gap is
        // rare (blank lines, line breaks in quoted cells), so only then are the cells looked at.
        if (row.line > previous.line + 1) {
          const end = lastLine(previous);
          if (end + 1 < row.line) blanks.add(end + 1, row.line - 1);
        }
        previous = row;
        const fields = toFields(row.cells, fieldAt);
        if (fields === null) {
          blanks.add(row.line, row.line);
          continue;
        }
        if (blanks.waiting) for (const blank of blanks.flush()) out.push(blank);
        out.push({ location: { row: row.line }, fields });
      }
      return out;
    };
    async function* records(): AsyncGenerator<RawRecord[], void, undefined> {
      try {
        const rest = recordsOf(buffer, at);
        buffer = [];
        if (rest.length > 0) yield rest;
        for (let batch = await nextBatch(); batch !== null; batch = await nextBatch()) {
          const out = recordsOf(batch, 0);
          if (out.length > 0) yield out;
        }
      } finally {
        await rows.return(undefined);
      }
    }
    return {
      info: {
        name,
        format: 'csv',
        encoding: encoding(),
        delimiter,
        sheet: null,
        sheets: [],
        headerRows: [header.line],
        columns,
        unknownColumns: unknownLabels(columns),
        missingKeys,
      },
      rows: records(),
      headerPlace: { vi: `dòng ${header.line}`, en: `line ${header.line}` },
      encoding,
    };
  } catch (error) {
    await rows.return(undefined);
    throw error;
  }
}

/** Excel's hint line `sep=;`, written above the header by some exports for Excel to open them right. */
const SEP_HINT = /^sep=([;,\t|]) *(?:\r\n|\n|\r|$)/i;

/**
 * The delimiter, from the head decoded as detected (a bad byte there is reported by the reader):
 * the `sep=` hint line when there is one (it is then skipped as a title line), else sniffed.
 */
function sniffHead(head: Uint8Array, detection: EncodingDetection): CsvDelimiter {
  let text: string;
  try {
    text = createStreamDecoder(detection.encoding).write(head);
  } catch {
    return ',';
  }
  const hint = SEP_HINT.exec(text)?.[1];
  return hint === undefined ? sniffDelimiter(text) : (hint as CsvDelimiter);
}

async function findCsvHeader(
  next: () => Promise<CsvRow | null>,
  options: ReadDatasetOptions,
  name: string,
): Promise<{ line: number; row: CsvRow; columns: DatasetColumn[] }> {
  let first: CsvRow | null = null;
  for (let seen = 0; seen < HEADER_SEARCH_ROWS; ) {
    const row = await next();
    if (row === null) break;
    if (row.cells.every((c) => c.trim() === '')) continue;
    first ??= row;
    seen++;
    const columns = mapColumns(
      row.cells.map((label, i) => ({ column: i + 1, label: label.trim() })),
      options.resolveHeader,
    );
    if (knownCount(columns) >= MIN_KNOWN_COLUMNS) return { line: row.line, row, columns };
  }
  if (first === null) throw emptyFile(name, true);
  throw noHeader(
    name,
    {
      vi: `${HEADER_SEARCH_ROWS} dòng có dữ liệu đầu tiên`,
      en: `the first ${HEADER_SEARCH_ROWS} non-empty lines`,
    },
    first.cells,
  );
}

/** A record's known fields, blank cells left out; null when none is filled. */
function toFields(
  cells: readonly string[],
  fieldAt: readonly (readonly [number, string])[],
): Record<string, RawValue> | null {
  let fields: Record<string, RawValue> | null = null;
  for (const [index, key] of fieldAt) {
    const value = cells[index];
    if (value === undefined || isBlank(value)) continue;
    fields ??= {};
    fields[key] = value;
  }
  return fields;
}

/** The last line a record spans: quoted line breaks in its cells move it on. */
function lastLine(record: CsvRow): number {
  let end = record.line;
  for (const cell of record.cells) end += cell.match(LINE_BREAK)?.length ?? 0;
  return end;
}

const LINE_BREAK = /\r\n|\r|\n/gu;
