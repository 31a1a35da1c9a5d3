import type { Cell, DataValidation, Fill, Font, Worksheet } from 'exceljs';
import ExcelJS from 'exceljs';
import { type FieldSpec, PLAN_FIELDS, TARGET_FIELDS } from '../../core/plans/plan-fields.ts';
import type { RawValue } from '../../core/plans/plan-input.ts';
import { EXAMPLE_PLAN, EXAMPLE_TARGETS } from './template-example.ts';

/**
 * The XLSX template officers fill in. Layout (the reader relies on none of it but the hidden keys,
 * and even those only as a fallback):
 * - `Kế hoạch`: row 1 headings; from row 2 one row per PLAN_FIELDS entry: A label (bold, "(*)" when
 *   required), B value, C hint (grey italics), D the canonical key (hidden column).
 * - `Chỉ tiêu`: row 1 the canonical keys (hidden row), row 2 the labels, data from row 3; frozen
 *   below row 2 and right of column A. Keeping the keys in a separate hidden row leaves the visible
 *   header free for the officer and lets the reader resolve a column whose label was edited.
 * - `Danh mục chỉ tiêu`: the indicator catalogue to look codes up in.
 * - `Danh mục` (hidden): the codes alone, the source of the indicator drop-down.
 */
export interface PlanTemplateOptions {
  indicators: { code: string; nameVi: string; unit: string }[];
  /** Fill in one example plan and two target rows (Bắc Kạn, 2023–2025). */
  example?: boolean;
}

export const TEMPLATE_SHEETS = {
  plan: 'Kế hoạch',
  targets: 'Chỉ tiêu',
  catalogue: 'Danh mục chỉ tiêu',
  codes: 'Danh mục',
} as const;
/** First data row of `Chỉ tiêu`: row 1 holds the hidden keys, row 2 the labels. */
export const TARGET_FIRST_DATA_ROW = 3;
/** Rows of `Chỉ tiêu` that get drop-downs and input messages. */
const TARGET_ROWS = 1000;

const BOLD: Partial<Font> = { bold: true };
const HINT: Partial<Font> = { italic: true, color: { argb: 'FF808080' } };
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const TEXT_FORMAT = '@';
const DATE_FORMAT = 'dd/mm/yyyy';
const TEXT_PLAN_FIELDS = new Set([
  'code',
  'titleVi',
  'titleEn',
  'issuer',
  'scopeUnit',
  'parentPlan',
  'status',
]);
const DATE_PLAN_FIELDS = new Set(['issuedOn', 'scopeDate']);
/** Codes like `06` lose their leading zero in a number cell. */
const TEXT_TARGET_FIELDS = new Set(['indicator', 'scope', 'sourceClause']);
const TARGET_WIDTHS: Record<string, number> = { indicator: 30, scope: 18, sourceClause: 32, sourceUrl: 40 };

/** exceljs writes range validations (and the `any` type, an input message alone) but does not type them. */
type RangeValidation = Omit<DataValidation, 'type' | 'formulae'> &
  ({ type: DataValidation['type']; formulae: string[] } | { type: 'any' });
function addValidation(sheet: Worksheet, range: string, validation: RangeValidation): void {
  const holder = sheet as unknown as { dataValidations: { add(range: string, v: RangeValidation): void } };
  holder.dataValidations.add(range, validation);
}

const labelOf = (field: FieldSpec) => (field.required ? `${field.vi} (*)` : field.vi);

/** An input message: Excel allows 32 characters of title and 255 of text. */
function prompt(field: FieldSpec): Pick<DataValidation, 'showInputMessage' | 'promptTitle' | 'prompt'> {
  return { showInputMessage: true, promptTitle: field.vi.slice(0, 32), prompt: field.hintVi.slice(0, 255) };
}

/** A drop-down that warns but lets other values through (plan codes of indicators, `ít nhất`, …). */
function listOf(field: FieldSpec, formula: string): RangeValidation {
  return {
    type: 'list',
    formulae: [formula],
    allowBlank: true,
    ...prompt(field),
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: 'Ngoài danh sách',
    error: 'Giá trị này không có trong danh sách. Vẫn giữ?',
  };
}

function styleHeader(cell: Cell): void {
  cell.font = BOLD;
  cell.fill = HEADER_FILL;
  cell.alignment = { vertical: 'middle', wrapText: true };
  cell.border = { bottom: { style: 'thin' } };
}

function setValue(cell: Cell, value: RawValue): void {
  if (value !== undefined) cell.value = value;
}

function writePlanSheet(workbook: ExcelJS.Workbook, example: boolean): void {
  const sheet = workbook.addWorksheet(TEMPLATE_SHEETS.plan, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [{ width: 34 }, { width: 60 }, { width: 72 }, { width: 14, hidden: true }];
  ['Thông tin', 'Giá trị', 'Hướng dẫn'].forEach((heading, i) => {
    styleHeader(sheet.getCell(1, i + 1));
    sheet.getCell(1, i + 1).value = heading;
  });
  PLAN_FIELDS.forEach((field, i) => {
    const row = i + 2;
    const label = sheet.getCell(row, 1);
    label.value = labelOf(field);
    label.font = BOLD;
    const value = sheet.getCell(row, 2);
    if (TEXT_PLAN_FIELDS.has(field.key)) value.numFmt = TEXT_FORMAT;
    if (DATE_PLAN_FIELDS.has(field.key)) value.numFmt = DATE_FORMAT;
    if (example) setValue(value, EXAMPLE_PLAN[field.key]);
    const hint = sheet.getCell(row, 3);
    hint.value = field.hintVi;
    hint.font = HINT;
    sheet.getCell(row, 4).value = field.key;
    addValidation(
      sheet,
      value.address,
      field.key === 'status'
        ? listOf(field, '"in_force,draft,expired,superseded"')
        : { type: 'any', ...prompt(field) },
    );
  });
  const note = sheet.getCell(PLAN_FIELDS.length + 3, 1);
  note.value = `(*) bắt buộc. Các chỉ tiêu điền ở trang "${TEMPLATE_SHEETS.targets}"; tra mã ở trang "${TEMPLATE_SHEETS.catalogue}".`;
  note.font = HINT;
}

function writeTargetSheet(workbook: ExcelJS.Workbook, example: boolean, indicatorCount: number): void {
  const sheet = workbook.addWorksheet(TEMPLATE_SHEETS.targets, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3', activeCell: 'A3' }],
  });
  const last = TARGET_FIRST_DATA_ROW + TARGET_ROWS - 1;
  TARGET_FIELDS.forEach((field, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = TARGET_WIDTHS[field.key] ?? Math.max(14, field.vi.length + 6);
    if (TEXT_TARGET_FIELDS.has(field.key)) col.numFmt = TEXT_FORMAT;
    sheet.getCell(1, i + 1).value = field.key;
    const header = sheet.getCell(2, i + 1);
    header.value = labelOf(field);
    styleHeader(header);
    const range = `${col.letter}${TARGET_FIRST_DATA_ROW}:${col.letter}${last}`;
    if (field.key === 'indicator' && indicatorCount > 0) {
      addValidation(sheet, range, listOf(field, `'${TEMPLATE_SHEETS.codes}'!$A$1:$A$${indicatorCount}`));
    } else if (field.key === 'comparator') {
      addValidation(sheet, range, listOf(field, '">=,<=,=,khoảng"'));
    } else {
      addValidation(sheet, range, { type: 'any', ...prompt(field) });
    }
  });
  sheet.getRow(1).hidden = true;
  sheet.getRow(2).height = 32;
  if (!example) return;
  EXAMPLE_TARGETS.forEach((target, r) => {
    TARGET_FIELDS.forEach((field, c) => {
      setValue(sheet.getCell(TARGET_FIRST_DATA_ROW + r, c + 1), target[field.key]);
    });
  });
}

function writeCatalogue(workbook: ExcelJS.Workbook, indicators: PlanTemplateOptions['indicators']): void {
  const sheet = workbook.addWorksheet(TEMPLATE_SHEETS.catalogue, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = [{ width: 30 }, { width: 80 }, { width: 14 }];
  ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính'].forEach((heading, i) => {
    const cell = sheet.getCell(1, i + 1);
    cell.value = heading;
    styleHeader(cell);
  });
  for (const { code, nameVi, unit } of indicators) sheet.addRow([code, nameVi, unit]);
  sheet.autoFilter = 'A1:C1';
  const codes = workbook.addWorksheet(TEMPLATE_SHEETS.codes, { state: 'hidden' });
  indicators.forEach(({ code }, i) => {
    codes.getCell(i + 1, 1).value = code;
  });
}

/** The plan template as XLSX bytes, Vietnamese first. */
export async function writePlanTemplate(options: PlanTemplateOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hatang';
  const example = options.example ?? false;
  writePlanSheet(workbook, example);
  writeTargetSheet(workbook, example, options.indicators.length);
  writeCatalogue(workbook, options.indicators);
  const written = await workbook.xlsx.writeBuffer();
  return Buffer.from(written);
}
