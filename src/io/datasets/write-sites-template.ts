import ExcelJS from 'exceljs';
import { OPERATORS } from '../../core/assets/asset-model.ts';
import { SITE_FIELDS } from '../../core/inventory-import/site-fields.ts';

const STATUS_WORDS = ['đang hoạt động', 'đang xây dựng', 'quy hoạch', 'đã dừng'];
const SHARED_WORDS = ['có', 'không'];
const ROWS = 5000;

/**
 * The XLSX template of the `sites` dataset: Vietnamese headers (required ones marked "(*)"), the hint
 * of each column as its input message, drop-down lists for status, sharing and tenant operators, and
 * one example row. The reader maps these headers through the same aliases as any operator's file.
 */
export async function writeSitesTemplate(options: { example?: boolean } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hatang';
  const sheet = workbook.addWorksheet('Trạm', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(SITE_FIELDS.map((f) => (f.required ? `${f.vi} (*)` : f.vi))).font = { bold: true };
  SITE_FIELDS.forEach((f, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(12, f.vi.length + 6);
    if (f.key === 'siteCode' || f.key === 'communeCode') column.numFmt = '@';
  });
  const columnOf = (key: string) => SITE_FIELDS.findIndex((f) => f.key === key) + 1;
  const lists: Record<string, string[]> = {
    status: STATUS_WORDS,
    shared: SHARED_WORDS,
    operator: [...OPERATORS],
  };
  for (let row = 2; row <= ROWS + 1; row++) {
    SITE_FIELDS.forEach((f, i) => {
      const cell = sheet.getCell(row, i + 1);
      const list = lists[f.key];
      cell.dataValidation = list
        ? {
            type: 'list',
            allowBlank: !f.required,
            formulae: [`"${list.join(',')}"`],
            showInputMessage: true,
            prompt: f.hintVi,
            showErrorMessage: false,
          }
        : {
            type: 'custom',
            formulae: ['TRUE'],
            allowBlank: true,
            showInputMessage: true,
            prompt: f.hintVi,
            showErrorMessage: false,
          };
    });
  }
  if (options.example) {
    const example: Record<string, string | number> = {
      siteCode: 'TNG-00001',
      lon: 105.8348,
      lat: 22.147,
      communeCode: '01840',
      technologies: '4G, 5G',
      bands: '1800, 2600',
      antennaHeightM: 30,
      shared: 'không',
      status: 'đang hoạt động',
      onAirDate: '15/03/2024',
    };
    for (const [key, value] of Object.entries(example)) sheet.getCell(2, columnOf(key)).value = value;
  }
  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.addRow(['Cột', 'Bắt buộc', 'Cách ghi']).font = { bold: true };
  for (const f of SITE_FIELDS) guide.addRow([f.vi, f.required ? 'có' : '', f.hintVi]);
  guide.getColumn(1).width = 24;
  guide.getColumn(3).width = 90;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
