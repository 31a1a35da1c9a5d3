import ExcelJS from 'exceljs';
import type { GapItem as GapRow } from '../../db/inventory/coverage-repository.ts';
import { csvDocument } from './csv-cell.ts';

/** Columns of the gap list, Vietnamese headers first (what a provincial officer opens in Excel). */
const COLUMNS: { key: keyof GapRow; vi: string; width: number }[] = [
  { key: 'provinceCode', vi: 'Mã tỉnh', width: 8 },
  { key: 'communeCode', vi: 'Mã xã', width: 8 },
  { key: 'communeName', vi: 'Xã, phường', width: 24 },
  { key: 'villageCode', vi: 'Mã thôn', width: 14 },
  { key: 'villageName', vi: 'Thôn, bản', width: 22 },
  { key: 'lon', vi: 'Kinh độ', width: 11 },
  { key: 'lat', vi: 'Vĩ độ', width: 11 },
  { key: 'population', vi: 'Dân số', width: 9 },
  { key: 'households', vi: 'Số hộ', width: 8 },
  { key: 'nearestSiteCode', vi: 'Trạm gần nhất', width: 20 },
  { key: 'nearestOperator', vi: 'Nhà mạng', width: 12 },
  { key: 'nearestDistanceM', vi: 'Khoảng cách (m)', width: 14 },
  { key: 'synthetic', vi: 'Dữ liệu tổng hợp', width: 14 },
];

/** Numbers stay numbers; village names and codes come from submitted lists and stay text. */
function cell(row: GapRow, key: keyof GapRow): string | number {
  const value = row[key];
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'có' : 'không';
  return value;
}

/**
 * CSV in UTF-8 with a BOM and `;` separators, which Vietnamese-locale Excel opens as columns; text
 * that Excel would evaluate (`=…`, `+…`) is made inert by csvCell (OWASP CSV Injection).
 */
export function gapsCsv(rows: readonly GapRow[]): string {
  return csvDocument([COLUMNS.map((c) => c.vi), ...rows.map((row) => COLUMNS.map((c) => cell(row, c.key)))]);
}

export function gapsGeoJson(rows: readonly GapRow[], technology: string) {
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((r) => ({
      type: 'Feature' as const,
      id: r.villageCode,
      geometry: { type: 'Point' as const, coordinates: [r.lon, r.lat] },
      properties: { ...r, technology, uncovered: true },
    })),
  };
}

export async function gapsXlsx(rows: readonly GapRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hatang';
  const sheet = workbook.addWorksheet('Thôn chưa phủ sóng', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([title]).font = { bold: true };
  sheet.addRow(COLUMNS.map((c) => c.vi)).font = { bold: true };
  COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  // Text goes in as string cells, which Excel shows and never evaluates: a village named `=1+2` is
  // text here without the quote prefix the CSV needs (exceljs writes a formula only from `{ formula }`).
  for (const row of rows) sheet.addRow(COLUMNS.map((c) => cell(row, c.key)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
