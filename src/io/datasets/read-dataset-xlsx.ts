/**
 * An XLSX inventory as records, read with the plan workbook's grid functions (sheet-grid.ts): the
 * header is found within the first rows (a title block above it, merged and two-level header cells),
 * formula cells give their cached value, dates are Dates, and every record keeps its Excel row number.
 * Rows without a value in a known column are blank: they reach the validator as records without
 * fields (it counts them) when a row with data follows them (see BlankRows).
 *
 * The workbook is loaded whole. exceljs's streaming WorkbookReader was not used: a sheet's merged
 * cells are written after its rows in the XML (`<mergeCells>` follows `<sheetData>`), so a streamed
 * header cannot know it is merged, the grid functions need a Worksheet, and choosing the sheet means
 * looking at the header of every sheet. See measure-dataset-throughput.ts for time and memory.
 */
import type { Worksheet } from 'exceljs';
import ExcelJS from 'exceljs';
import type { RawRecord } from '../../core/plans/plan-input.ts';
import { isBlank } from '../plans/cell-value.ts';
import { sheetNameMatches } from '../plans/field-labels.ts';
import {
  cellAt,
  findHeader,
  HEADER_SEARCH_ROWS,
  type HeaderMap,
  labelAt,
  readRow,
} from '../plans/sheet-grid.ts';
import {
  DatasetFileError,
  emptyWorkbook,
  noHeader,
  noSheet,
  notATable,
  unsupportedFile,
} from './dataset-file-error.ts';
import {
  BlankRows,
  checkColumns,
  type DatasetColumn,
  inBatches,
  type OpenedDataset,
  type ReadDatasetOptions,
  unknownLabels,
} from './dataset-info.ts';
import type { PeekedSource } from './dataset-source.ts';

export async function openXlsx(peeked: PeekedSource, options: ReadDatasetOptions): Promise<OpenedDataset> {
  const { name } = peeked;
  const bytes = await peeked.all();
  const workbook = await loadWorkbook(name, bytes);
  try {
    const { sheet, header } = pickSheet(name, workbook.worksheets, options);
    const columns = headerColumns(sheet, header, options.resolveHeader);
    const missingKeys = checkColumns(name, options, new Set(header.columns.values()));
    async function* records(): AsyncGenerator<RawRecord, void, undefined> {
      const blanks = new BlankRows();
      for (let row = header.firstDataRow; row <= sheet.rowCount; row++) {
        let fields: RawRecord['fields'] | null;
        try {
          fields = readRow(sheet, row, header.columns);
        } catch (cause) {
          throw notATable(name, 'zip', cause);
        }
        if (fields === null) {
          blanks.add(row, row);
          continue;
        }
        if (blanks.waiting) yield* blanks.flush(sheet.name);
        yield { location: { sheet: sheet.name, row }, fields };
      }
    }
    const first = header.rows[0] as number;
    return {
      info: {
        name,
        format: 'xlsx',
        encoding: null,
        delimiter: null,
        sheet: sheet.name,
        sheets: workbook.worksheets.map((s) => s.name),
        headerRows: header.rows,
        columns,
        unknownColumns: unknownLabels(columns),
        missingKeys,
      },
      rows: inBatches(records()),
      headerPlace: {
        vi: `trang "${sheet.name}", dòng ${first}`,
        en: `sheet "${sheet.name}", row ${first}`,
      },
      encoding: () => null,
    };
  } catch (error) {
    if (error instanceof DatasetFileError) throw error;
    throw notATable(name, 'zip', error);
  }
}

async function loadWorkbook(name: string, bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // .xlsb is a ZIP too, with a binary workbook part exceljs cannot read.
  if (view.includes('xl/workbook.bin')) throw unsupportedFile(name, 'xlsb');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy is cheap next to parsing.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (cause) {
    throw notATable(name, 'zip', cause);
  }
  if (workbook.worksheets.length === 0) {
    // A ZIP without a workbook part (a .docx, a zipped folder) loads as a workbook of no sheets.
    if (!view.includes('xl/workbook.xml')) throw notATable(name, 'zip');
    throw emptyWorkbook(name);
  }
  return workbook;
}

/** The sheet asked for (name, folded name or 1-based position), else the first with a header. */
function pickSheet(
  name: string,
  sheets: Worksheet[],
  options: ReadDatasetOptions,
): { sheet: Worksheet; header: HeaderMap } {
  const resolve = options.resolveHeader;
  if (options.sheet !== undefined) {
    const asked = String(options.sheet).trim();
    const sheet =
      sheets.find((s) => s.name === asked) ??
      sheets.find((s) => sheetNameMatches(s.name, [asked])) ??
      (/^\d+$/.test(asked) ? sheets[Number(asked) - 1] : undefined);
    if (sheet === undefined) {
      throw noSheet(
        name,
        asked,
        sheets.map((s) => s.name),
      );
    }
    const header = findHeader(sheet, resolve);
    if (header === null) throw noHeader(name, searched([sheet]), firstLabels(sheet));
    return { sheet, header };
  }
  const ordered = [
    ...sheets.filter((s) => s.state === 'visible'),
    ...sheets.filter((s) => s.state !== 'visible'),
  ];
  for (const sheet of ordered) {
    const header = findHeader(sheet, resolve);
    if (header !== null) return { sheet, header };
  }
  const shown = ordered[0] as Worksheet;
  throw noHeader(name, searched(ordered), firstLabels(shown));
}

function searched(sheets: readonly Worksheet[]): { vi: string; en: string } {
  const names = sheets.map((s) => `"${s.name}"`).join(', ');
  return sheets.length === 1
    ? {
        vi: `${HEADER_SEARCH_ROWS} dòng đầu của trang ${names}`,
        en: `the first ${HEADER_SEARCH_ROWS} rows of sheet ${names}`,
      }
    : {
        vi: `${HEADER_SEARCH_ROWS} dòng đầu của các trang ${names}`,
        en: `the first ${HEADER_SEARCH_ROWS} rows of sheets ${names}`,
      };
}

/** The texts of a sheet's first non-empty row (within the header search), for the NO_HEADER message. */
function firstLabels(sheet: Worksheet): string[] {
  for (let row = 1; row <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); row++) {
    const width = sheet.findRow(row)?.cellCount ?? 0;
    const texts: string[] = [];
    for (let col = 1; col <= width; col++) {
      const { value, covered } = cellAt(sheet, row, col);
      if (!covered && !isBlank(value))
        texts.push(value instanceof Date ? value.toISOString() : String(value));
    }
    if (texts.length > 0) return texts;
  }
  return [];
}

/**
 * Every labelled column of the header: a read column is labelled by the header cell that names its
 * field, another one by its lowest labelled header cell (a sub-label under a merged group label).
 */
function headerColumns(
  sheet: Worksheet,
  header: HeaderMap,
  resolve: (label: string) => string | null,
): DatasetColumn[] {
  const width = Math.max(0, ...header.rows.map((r) => sheet.findRow(r)?.cellCount ?? 0));
  const taken = new Set(header.columns.values());
  const columns: DatasetColumn[] = [];
  for (let column = 1; column <= width; column++) {
    const labels = header.rows.map((r) => labelAt(sheet, r, column).trim()).filter((l) => l !== '');
    if (labels.length === 0) continue;
    const key = header.columns.get(column) ?? null;
    if (key !== null) {
      const label = labels.find((l) => resolve(l) === key) ?? (labels[0] as string);
      columns.push({ column, label, key, status: 'read' });
      continue;
    }
    const known = labels.find((l) => {
      const k = resolve(l);
      return k !== null && taken.has(k);
    });
    if (known !== undefined) columns.push({ column, label: known, key: null, status: 'duplicate' });
    else columns.push({ column, label: labels[labels.length - 1] as string, key: null, status: 'unknown' });
  }
  return columns;
}
