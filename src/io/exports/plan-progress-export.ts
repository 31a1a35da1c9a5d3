import ExcelJS from 'exceljs';
import { foldDiacritics } from '../../core/text/vietnamese.ts';
import { csvDocument } from './csv-cell.ts';

/** One row of a plan's targets table: one target judged for one unit, as an officer reads it. */
export interface PlanProgressRow {
  indicatorName: string;
  indicatorCode: string;
  unitName: string;
  /** Comparator, value and unit as words: `≥ 90 %`, `80–95 %`. */
  target: string;
  deadline: string;
  currentValue: number | null;
  /** The period of `currentValue`. */
  period: string | null;
  /** The status in Vietnamese (core/progress/status.ts STATUS_LABELS). */
  status: string;
  explanation: string;
  /** The clause of the plan the target comes from, as the plan's author wrote it. */
  sourceClause: string | null;
}

/** Columns of the table, Vietnamese headers (what a provincial officer opens in Excel). */
export const PLAN_PROGRESS_COLUMNS: { key: keyof PlanProgressRow; vi: string; width: number }[] = [
  { key: 'indicatorName', vi: 'Chỉ tiêu', width: 40 },
  { key: 'indicatorCode', vi: 'Mã chỉ tiêu', width: 24 },
  { key: 'unitName', vi: 'Đơn vị hành chính', width: 24 },
  { key: 'target', vi: 'Mục tiêu', width: 16 },
  { key: 'deadline', vi: 'Hạn', width: 12 },
  { key: 'currentValue', vi: 'Giá trị hiện tại', width: 14 },
  { key: 'period', vi: 'Kỳ số liệu', width: 10 },
  { key: 'status', vi: 'Trạng thái', width: 28 },
  { key: 'explanation', vi: 'Giải thích', width: 80 },
  { key: 'sourceClause', vi: 'Căn cứ', width: 40 },
];

const cells = (row: PlanProgressRow) => PLAN_PROGRESS_COLUMNS.map((c) => row[c.key]);

/**
 * `36/QĐ-TTg` → `36-qd-ttg`: a plan code as an ASCII file name part (a Content-Disposition
 * `filename` must be plain ASCII to reach every browser intact); `fallback` when nothing is left.
 */
export function fileSlug(code: string, fallback: string): string {
  const slug = foldDiacritics(code)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? fallback : slug.slice(0, 80);
}

/**
 * CSV in UTF-8 with a BOM and `;` separators, as the gap list: Vietnamese-locale Excel opens it as
 * columns; text Excel would evaluate (a clause typed as `=…`) is made inert by csvCell (OWASP).
 */
export function planProgressCsv(rows: readonly PlanProgressRow[]): string {
  return csvDocument([PLAN_PROGRESS_COLUMNS.map((c) => c.vi), ...rows.map(cells)]);
}

/** The table as a workbook: a title row naming the plan, the header row bold and frozen with it. */
export async function planProgressXlsx(rows: readonly PlanProgressRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hatang';
  const sheet = workbook.addWorksheet('Tiến độ chỉ tiêu', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([title]).font = { bold: true };
  sheet.addRow(PLAN_PROGRESS_COLUMNS.map((c) => c.vi)).font = { bold: true };
  PLAN_PROGRESS_COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  // Text goes in as string cells, which Excel shows and never evaluates (exceljs writes a formula
  // only from `{ formula }`): a clause `=1+2` stays text without the quote prefix the CSV needs.
  for (const row of rows) sheet.addRow(cells(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
