import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { storedZip } from '../plans/fixtures/workbooks.ts';
import { failure, inPieces, readAll, xlsx } from './fixtures/dataset-fixtures.ts';

const BUILT = new Date(Date.UTC(2021, 5, 30));

/**
 * A provincial officer's sheet: a merged title row, a blank row, a two-level header (`Mã trạm` and
 * `Mã xã` merged down, `Toạ độ` merged across over `Kinh độ` / `Vĩ độ`), an unknown column, then
 * data with formulas, a date, blank rows in between and a row with only a note.
 */
function officerSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.getCell('A1').value = 'DANH SÁCH TRẠM BTS TỈNH BẮC KẠN';
  sheet.mergeCells('A1:F1');
  sheet.getCell('A3').value = 'Mã trạm';
  sheet.mergeCells('A3:A4');
  sheet.getCell('B3').value = 'Toạ độ';
  sheet.mergeCells('B3:C3');
  sheet.getCell('B4').value = 'Kinh độ';
  sheet.getCell('C4').value = 'Vĩ độ';
  sheet.getCell('D3').value = 'Mã xã';
  sheet.mergeCells('D3:D4');
  sheet.getCell('E3').value = 'Ngày phát sóng';
  sheet.mergeCells('E3:E4');
  sheet.getCell('F3').value = 'Ghi chú';
  sheet.mergeCells('F3:F4');
  sheet.addRow([]); // row 5 stays empty
  sheet.getRow(6).values = ['BKN001', 105.8342, 22.1471, '01234', BUILT, 'dùng chung'];
  sheet.getRow(8).values = [
    'BKN002',
    { formula: 'B6+0.1', result: 105.9342 },
    22.2,
    { formula: 'D6', result: '01234' },
  ];
  sheet.getRow(9).values = [null, null, null, null, null, 'chỉ có ghi chú'];
  sheet.getRow(11).values = [{ richText: [{ text: 'BKN' }, { text: '003' }] }, 106, 22.3, '01252'];
  return sheet;
}

describe('readDatasetFile on XLSX', () => {
  it('finds the header under a title, reads merged headers, formulas and dates, keeps Excel rows', async () => {
    const workbook = new ExcelJS.Workbook();
    officerSheet(workbook, 'Trạm BTS');
    const { info, records } = await readAll({ name: 'tram.xlsx', bytes: await xlsx(workbook) });
    expect(info).toMatchObject({
      format: 'xlsx',
      encoding: null,
      delimiter: null,
      sheet: 'Trạm BTS',
      sheets: ['Trạm BTS'],
      headerRows: [3, 4],
      unknownColumns: ['Ngày phát sóng', 'Ghi chú'],
      missingKeys: [],
    });
    expect(info.columns.map((c) => [c.column, c.label, c.key])).toEqual([
      [1, 'Mã trạm', 'siteCode'],
      [2, 'Kinh độ', 'lon'],
      [3, 'Vĩ độ', 'lat'],
      [4, 'Mã xã', 'communeCode'],
      [5, 'Ngày phát sóng', null],
      [6, 'Ghi chú', null],
    ]);
    const at = { sheet: 'Trạm BTS' };
    // Blank rows (5, 7, 10, and 9 with only a note) come as records without fields, for the count.
    const blank = (row: number) => ({ location: { ...at, row }, fields: {} });
    expect(records).toEqual([
      blank(5),
      {
        location: { ...at, row: 6 },
        fields: { siteCode: 'BKN001', lon: 105.8342, lat: 22.1471, communeCode: '01234' },
      },
      blank(7),
      {
        location: { ...at, row: 8 },
        fields: { siteCode: 'BKN002', lon: 105.9342, lat: 22.2, communeCode: '01234' },
      },
      blank(9),
      blank(10),
      {
        location: { ...at, row: 11 },
        fields: { siteCode: 'BKN003', lon: 106, lat: 22.3, communeCode: '01252' },
      },
    ]);
  });

  it('gives each row of a data cell merged down its value (why the workbook is loaded whole)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.addRows([['Mã trạm', 'Mã xã'], ['A1', '01234'], ['A2'], ['A3'], [], ['A4', '01240']]);
    sheet.mergeCells('B2:B5');
    const { records } = await readAll({ name: 'm.xlsx', bytes: await xlsx(workbook) });
    // Row 5 has only the merged cell's value, which belongs to row 2: it is blank.
    expect(records.map((r) => [r.location.row, r.fields.siteCode, r.fields.communeCode])).toEqual([
      [2, 'A1', '01234'],
      [3, 'A2', '01234'],
      [4, 'A3', '01234'],
      [5, undefined, undefined],
      [6, 'A4', '01240'],
    ]);
  });

  it('reads dates as Dates when a date column is known', async () => {
    const workbook = new ExcelJS.Workbook();
    officerSheet(workbook, 'S');
    const { records } = await readAll(
      { name: 'd.xlsx', bytes: await xlsx(workbook) },
      { resolveHeader: (l) => (l === 'Ngày phát sóng' ? 'builtOn' : l === 'Mã trạm' ? 'siteCode' : null) },
    );
    expect(records.find((r) => r.location.row === 6)?.fields).toEqual({ siteCode: 'BKN001', builtOn: BUILT });
  });

  it('picks the first sheet with a header, or the sheet asked for by name, folded name or position', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook
      .addWorksheet('Hướng dẫn')
      .addRows([['Điền mỗi trạm một dòng'], ['Mã trạm: mã của doanh nghiệp']]);
    officerSheet(workbook, 'Trạm 2024');
    const second = workbook.addWorksheet('Trạm 2025');
    second.addRows([
      ['Mã trạm', 'Kinh độ', 'Vĩ độ'],
      ['N1', 105, 22],
    ]);
    const bytes = await xlsx(workbook);
    expect((await readAll({ name: 'w.xlsx', bytes })).info.sheet).toBe('Trạm 2024');
    for (const sheet of ['Trạm 2025', 'TRAM 2025', '3', 3]) {
      const { info, records } = await readAll({ name: 'w.xlsx', stream: inPieces(bytes, 1000) }, { sheet });
      expect(info.sheet).toBe('Trạm 2025');
      expect(info.missingKeys).toEqual([]);
      expect(records).toEqual([
        { location: { sheet: 'Trạm 2025', row: 2 }, fields: { siteCode: 'N1', lon: 105, lat: 22 } },
      ]);
    }
    const missing = await failure({ name: 'w.xlsx', bytes }, { sheet: 'Trạm 2030' });
    expect(missing.code).toBe('NO_SHEET');
    expect(missing.localized.en).toContain('"Hướng dẫn", "Trạm 2024", "Trạm 2025"');
    const noHeader = await failure({ name: 'w.xlsx', bytes }, { sheet: 1 });
    expect(noHeader.code).toBe('NO_HEADER');
    expect(noHeader.localized.vi).toContain('"Hướng dẫn"');
    expect(noHeader.localized.en).toContain('"Điền mỗi trạm một dòng"');
  });

  it('gives NO_HEADER when no sheet has two known columns, naming the sheets searched', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRows([
      ['Tên', 'Kinh độ', 'Địa chỉ'],
      ['A', 105, 'x'],
    ]);
    workbook.addWorksheet('Sheet2').addRows([
      ['Tên trạm', 'Chủ sở hữu'],
      ['A', 'VNPT'],
    ]);
    const error = await failure({ name: 'u.xlsx', bytes: await xlsx(workbook) });
    expect(error.code).toBe('NO_HEADER');
    expect(error.localized.en).toContain('sheets "Sheet1", "Sheet2"');
    expect(error.localized.en).toContain('"Tên", "Kinh độ", "Địa chỉ"');
  });

  it('refuses a sheet without required columns; gives EMPTY when the header has no data below', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('S').addRows([['Mã trạm', 'Mã xã', 'Ghi chú'], [], ['', '', 'ghi chú']]);
    const bytes = await xlsx(workbook);
    const missing = await failure({ name: 'e.xlsx', bytes }, { requiredKeys: ['siteCode', 'lon', 'lat'] });
    expect(missing.code).toBe('MISSING_COLUMNS');
    expect(missing.localized.vi).toContain('thiếu các cột bắt buộc "lon", "lat"');
    const error = await failure({ name: 'e.xlsx', bytes });
    expect(error.code).toBe('EMPTY');
    expect(error.localized.en).toContain('sheet "S", row 1');
    workbook.getWorksheet('S')?.addRow(['T1', '01234']);
    const { info, records } = await readAll({ name: 'e.xlsx', bytes: await xlsx(workbook) });
    expect(info.missingKeys).toEqual([]);
    // Rows 2 and 3 (a note only) are blank rows above a data row.
    expect(records).toEqual([
      { location: { sheet: 'S', row: 2 }, fields: {} },
      { location: { sheet: 'S', row: 3 }, fields: {} },
      { location: { sheet: 'S', row: 4 }, fields: { siteCode: 'T1', communeCode: '01234' } },
    ]);
  });

  it('gives NOT_A_TABLE for a damaged ZIP or one without a workbook, UNSUPPORTED for .xlsb', async () => {
    const workbook = new ExcelJS.Workbook();
    officerSheet(workbook, 'S');
    const bytes = await xlsx(workbook);
    const cut = await failure({ name: 'cut.xlsx', bytes: bytes.subarray(0, bytes.length / 2) });
    expect(cut.code).toBe('NOT_A_TABLE');
    expect(cut.localized.vi).toContain('"cut.xlsx"');
    const docx = storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect((await failure({ name: 'a.docx', bytes: docx })).code).toBe('NOT_A_TABLE');
    const xlsb = storedZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.bin': 'binary' });
    expect((await failure({ name: 'a.xlsb', bytes: xlsb })).code).toBe('UNSUPPORTED');
  });
});
