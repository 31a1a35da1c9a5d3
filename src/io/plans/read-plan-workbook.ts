import type { Worksheet } from 'exceljs';
import ExcelJS from 'exceljs';
import { PLAN_FIELDS, TARGET_FIELDS } from '../../core/plans/plan-fields.ts';
import type { RawPlanSubmission, RawRecord, RawValue } from '../../core/plans/plan-input.ts';
import { isBlank } from './cell-value.ts';
import { keyResolver, labelResolver, sheetNameMatches } from './field-labels.ts';
import { emptyFileError, notXlsxError, sniffFile } from './file-sniff.ts';
import { PlanFileError } from './plan-file-error.ts';
import {
  cellAt,
  columnAfter,
  findHeader,
  HEADER_SEARCH_ROWS,
  type HeaderMap,
  labelAt,
  readRow,
} from './sheet-grid.ts';

export const PLAN_SHEET_NAMES = ['Kế hoạch', 'Plan'];
export const TARGET_SHEET_NAMES = ['Chỉ tiêu', 'Targets', 'Target'];
/** Sheets that are never the plan or the targets (the template's look-up lists). */
const CATALOGUE_SHEET_NAMES = ['Danh mục', 'Danh mục chỉ tiêu', 'Indicators', 'Catalogue'];
/** The plan form is read in its first rows only: it has 13 fields. */
const PLAN_FORM_ROWS = 100;

const PLAN_LABEL = labelResolver(PLAN_FIELDS);
const PLAN_KEY = keyResolver(PLAN_FIELDS);
const TARGET_LABEL = labelResolver(TARGET_FIELDS);

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const kind = sniffFile(bytes);
  if (kind === 'empty') throw emptyFileError();
  if (kind !== 'zip') throw notXlsxError(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; JSZip reads either, and a copy is cheap next to parsing.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (cause) {
    throw notXlsxError(bytes, cause);
  }
  if (workbook.worksheets.length === 0) {
    // A ZIP without a workbook part (a .docx, a zipped folder) loads as a workbook of no sheets.
    if (!bytes.includes('xl/workbook.xml')) throw notXlsxError(bytes);
    throw new PlanFileError('EMPTY', {
      vi: 'Sổ làm việc không có trang tính nào.',
      en: 'The workbook has no worksheets.',
    });
  }
  return workbook;
}

const isCatalogue = (sheet: Worksheet) => sheetNameMatches(sheet.name, CATALOGUE_SHEET_NAMES);

function pickPlanSheet(sheets: Worksheet[]): Worksheet | undefined {
  return (
    sheets.find((s) => sheetNameMatches(s.name, PLAN_SHEET_NAMES)) ??
    sheets.find(
      (s) => s.state === 'visible' && !isCatalogue(s) && !sheetNameMatches(s.name, TARGET_SHEET_NAMES),
    )
  );
}

function pickTargetSheet(
  sheets: Worksheet[],
  planSheet: Worksheet | undefined,
): { sheet: Worksheet; header: HeaderMap } {
  const named = sheets.find((s) => sheetNameMatches(s.name, TARGET_SHEET_NAMES));
  const candidates = named
    ? [named]
    : sheets.filter((s) => s !== planSheet && s.state === 'visible' && !isCatalogue(s));
  const first = candidates[0];
  if (!first) {
    const names = sheets.map((s) => `"${s.name}"`).join(', ');
    throw new PlanFileError('NO_TARGET_SHEET', {
      vi: `Không tìm thấy trang chỉ tiêu ("Chỉ tiêu") trong tệp; các trang hiện có: ${names}.`,
      en: `No targets sheet ("Chỉ tiêu" / "Targets") in the file; its sheets are: ${names}.`,
    });
  }
  for (const sheet of candidates) {
    const header = findHeader(sheet, TARGET_LABEL);
    if (header) return { sheet, header };
  }
  const required = TARGET_FIELDS.filter((f) => f.required);
  const vi = required.map((f) => `"${f.vi}"`).join(', ');
  const en = required.map((f) => `"${f.en}"`).join(', ');
  throw new PlanFileError('NO_HEADER', {
    vi: `Trang "${first.name}" không có dòng tiêu đề trong ${HEADER_SEARCH_ROWS} dòng đầu: cần một dòng có ít nhất hai cột như ${vi}.`,
    en: `Sheet "${first.name}" has no header row in its first ${HEADER_SEARCH_ROWS} rows: a row needs at least two columns such as ${en}.`,
  });
}

/** Where a form row's field is: the label in column A, else the template's hidden key in D, else a label in B or C. */
function formField(sheet: Worksheet, row: number): { key: string; valueCol: number } | null {
  const inA = PLAN_LABEL(labelAt(sheet, row, 1));
  if (inA) return { key: inA, valueCol: columnAfter(sheet, row, 1) };
  const inD = PLAN_KEY(labelAt(sheet, row, 4));
  if (inD) return { key: inD, valueCol: 2 };
  for (const col of [2, 3]) {
    const key = PLAN_LABEL(labelAt(sheet, row, col));
    if (key) return { key, valueCol: columnAfter(sheet, row, col) };
  }
  return null;
}

/** The plan as a table (a header row, the plan in the first filled row below it). */
function readPlanTable(sheet: Worksheet, header: HeaderMap): RawRecord {
  for (let row = header.firstDataRow; row <= sheet.rowCount; row++) {
    const fields = readRow(sheet, row, header.columns);
    if (fields) return { location: { sheet: sheet.name, row }, fields };
  }
  return { location: { sheet: sheet.name, row: header.firstDataRow }, fields: {} };
}

/**
 * The plan: a form of label/value rows as in the template, or a table when a row has two known
 * labels side by side (in a form the cell right of a label is its value, never another label).
 */
function readPlanSheet(sheet: Worksheet): RawRecord {
  const header = findHeader(sheet, PLAN_LABEL);
  if (header && [...header.columns.keys()].some((col) => header.columns.has(col + 1))) {
    return readPlanTable(sheet, header);
  }
  const fields: Record<string, RawValue> = {};
  let firstRow: number | null = null;
  for (let row = 1; row <= Math.min(sheet.rowCount, PLAN_FORM_ROWS); row++) {
    const field = formField(sheet, row);
    if (!field) continue;
    firstRow ??= row;
    if (fields[field.key] !== undefined) continue;
    const { value } = cellAt(sheet, row, field.valueCol, field.key === 'sourceUrl');
    if (!isBlank(value)) fields[field.key] = value;
  }
  return { location: { sheet: sheet.name, row: firstRow ?? 1 }, fields };
}

function readTargets(sheet: Worksheet, header: HeaderMap): RawRecord[] {
  const records: RawRecord[] = [];
  for (let row = header.firstDataRow; row <= sheet.rowCount; row++) {
    const fields = readRow(sheet, row, header.columns);
    if (fields) records.push({ location: { sheet: sheet.name, row }, fields });
  }
  return records;
}

/**
 * Reads a plan workbook (the template of {@link writePlanTemplate}, or an officer's own sheets with
 * Vietnamese, unaccented or English labels) into a raw submission for `validatePlanSubmission`.
 * Throws only {@link PlanFileError}.
 */
export async function readPlanWorkbook(data: Buffer | Uint8Array): Promise<RawPlanSubmission> {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const workbook = await loadWorkbook(bytes);
  try {
    const sheets = workbook.worksheets;
    const planSheet = pickPlanSheet(sheets);
    const { sheet, header } = pickTargetSheet(sheets, planSheet);
    const plan: RawRecord = planSheet ? readPlanSheet(planSheet) : { location: { row: 0 }, fields: {} };
    const targets = readTargets(sheet, header);
    if (targets.length === 0 && Object.keys(plan.fields).length === 0) {
      throw new PlanFileError('EMPTY', {
        vi: `Tệp chưa có dữ liệu: chưa điền thông tin kế hoạch và trang "${sheet.name}" chưa có dòng chỉ tiêu nào.`,
        en: `The file holds no data: the plan is not filled in and sheet "${sheet.name}" has no target rows.`,
      });
    }
    return { plan, targets };
  } catch (error) {
    if (error instanceof PlanFileError) throw error;
    throw notXlsxError(bytes, error);
  }
}
