import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { GapItem } from '../../db/inventory/coverage-repository.ts';
import { gapsCsv, gapsXlsx } from './gaps-export.ts';

/** A gap whose village name and code are what a submitted list may hold (names typed by anyone). */
const gap = (villageCode: string, villageName: string): GapItem => ({
  villageCode,
  villageName,
  communeCode: '01840',
  communeName: 'Phường Phan Đình Phùng',
  provinceCode: '19',
  lon: 105.8348,
  lat: 22.147,
  population: 300,
  households: 80,
  synthetic: false,
  nearestSiteCode: null,
  nearestOperator: null,
  nearestDistanceM: 1250.5,
});

describe('gap list exports', () => {
  const rows = [gap('=2+5', '=HYPERLINK("http://x","y")'), gap('T-2', '@SUM(1)'), gap('T-3', 'Thôn Nà Pài')];

  it('makes formula-like text inert in the CSV and keeps numbers as numbers', () => {
    const lines = gapsCsv(rows)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[1]).toBe(
      `19;01840;Phường Phan Đình Phùng;'=2+5;"'=HYPERLINK(""http://x"",""y"")";105.8348;22.147;300;80;;;1250.5;không`,
    );
    expect(lines[2]).toContain(";T-2;'@SUM(1);");
    expect(lines[3]).toContain(';T-3;Thôn Nà Pài;');
  });

  it('writes the same text to the XLSX as string cells, never formulas, without a quote prefix', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await gapsXlsx(rows, 'Thôn chưa có sóng')).buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const code = sheet.getCell(3, 4);
    const name = sheet.getCell(3, 5);
    expect([code.type, code.value]).toEqual([ExcelJS.ValueType.String, '=2+5']);
    expect([name.type, name.value]).toEqual([ExcelJS.ValueType.String, '=HYPERLINK("http://x","y")']);
    expect(name.formula).toBeUndefined();
    expect(sheet.getCell(4, 5).value).toBe('@SUM(1)');
    expect(sheet.getCell(3, 12).type).toBe(ExcelJS.ValueType.Number);
  });
});
