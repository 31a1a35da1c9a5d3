import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { officerWorkbook, SOURCE, storedZip, toBuffer } from './fixtures/workbooks.ts';
import { PlanFileError, type PlanFileErrorCode } from './plan-file-error.ts';
import { readPlanWorkbook } from './read-plan-workbook.ts';
import { writePlanTemplate } from './write-plan-template.ts';

async function failure(promise: Promise<unknown>): Promise<PlanFileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PlanFileError) return error;
    throw new Error(`expected a PlanFileError, got ${String(error)}`);
  }
  throw new Error('expected a PlanFileError, got a result');
}

async function expectCode(data: Buffer | Uint8Array, code: PlanFileErrorCode): Promise<PlanFileError> {
  const error = await failure(readPlanWorkbook(data));
  expect(error.code).toBe(code);
  expect(error.localized.vi).not.toBe('');
  expect(error.localized.en).toBe(error.message);
  return error;
}

describe('readPlanWorkbook on an officer-made workbook', () => {
  it('reads English and unaccented labels, merged and two-level headers and every cell kind', async () => {
    const read = await readPlanWorkbook(await toBuffer(officerWorkbook()));
    expect(read.plan).toEqual({
      location: { sheet: 'Ke hoach', row: 3 },
      fields: {
        code: '660/KH-UBND',
        titleVi: 'Kế hoạch hạ tầng số',
        issuer: 'UBND tỉnh Bắc Kạn',
        issuedOn: new Date(Date.UTC(2023, 9, 15)),
        periodStart: 2023,
        periodEnd: 2025,
        scopeUnit: '06',
        sourceUrl: SOURCE,
      },
    });
    expect(read.targets).toEqual([
      {
        location: { sheet: 'Chi tieu', row: 4 },
        fields: {
          indicator: 'VILLAGE_MBB_COVERAGE',
          comparator: '>=',
          value: 100,
          deadline: new Date(Date.UTC(2025, 11, 31)),
          baselineValue: 92.5,
          baselineYear: 2022,
          sourceUrl: SOURCE,
        },
      },
      {
        location: { sheet: 'Chi tieu', row: 7 },
        fields: {
          indicator: 'BTS_SHARING',
          scope: '06',
          comparator: 'khoảng',
          min: 20,
          max: 30,
          deadline: 2025,
        },
      },
      {
        location: { sheet: 'Chi tieu', row: 8 },
        fields: { indicator: 'IT_PARKS', comparator: '=', value: '#N/A', deadline: 2030 },
      },
    ]);
  });

  it('accepts a Uint8Array as well as a Buffer', async () => {
    const bytes = new Uint8Array(await toBuffer(officerWorkbook()));
    expect((await readPlanWorkbook(bytes)).targets).toHaveLength(3);
  });

  it('reads sheets named Plan/Targets with English headers, ignoring unknown columns', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['Indicator code', 'Comparator', 'Deadline']);
    const plan = workbook.addWorksheet('PLAN');
    plan.addRow(['Document number', '1/KH']);
    const targets = workbook.addWorksheet('targets');
    targets.addRow(['Notes', 'Indicator code', 'Comparator', 'Target value', 'Deadline', 'Owner']);
    targets.addRow(['n', 'IT_PARKS', '>=', 2, 2030, 'Sở KH&CN']);
    const read = await readPlanWorkbook(await toBuffer(workbook));
    expect(read.plan).toEqual({ location: { sheet: 'PLAN', row: 1 }, fields: { code: '1/KH' } });
    expect(read.targets).toEqual([
      {
        location: { sheet: 'targets', row: 2 },
        fields: { indicator: 'IT_PARKS', comparator: '>=', value: 2, deadline: 2030 },
      },
    ]);
  });

  it('falls back to the first and second sheets, with canonical keys as headers and a plan table', async () => {
    const workbook = new ExcelJS.Workbook();
    const plan = workbook.addWorksheet('Sheet1');
    plan.addRow(['code', 'titleVi', 'periodStart']);
    plan.addRow([]);
    plan.addRow(['2/KH', 'Kế hoạch', 2024]);
    const targets = workbook.addWorksheet('Sheet2');
    targets.addRow(['indicator', 'comparator', 'value', 'deadline']);
    targets.addRow(['MOBILE_SITES', '>=', 500, 2026]);
    const read = await readPlanWorkbook(await toBuffer(workbook));
    expect(read.plan).toEqual({
      location: { sheet: 'Sheet1', row: 3 },
      fields: { code: '2/KH', titleVi: 'Kế hoạch', periodStart: 2024 },
    });
    expect(read.targets.map((t) => t.location)).toEqual([{ sheet: 'Sheet2', row: 2 }]);
  });

  it('reads a label merged over two columns with its value after the merge', async () => {
    const workbook = new ExcelJS.Workbook();
    const plan = workbook.addWorksheet('Kế hoạch');
    plan.getCell('A2').value = 'Số hiệu văn bản (*)';
    plan.mergeCells('A2:B2');
    plan.getCell('C2').value = '3/KH';
    const targets = workbook.addWorksheet('Chỉ tiêu');
    targets.addRow(['Mã chỉ tiêu', 'Hạn hoàn thành']);
    targets.addRow(['IT_PARKS', 2030]);
    const read = await readPlanWorkbook(await toBuffer(workbook));
    expect(read.plan).toEqual({ location: { sheet: 'Kế hoạch', row: 2 }, fields: { code: '3/KH' } });
  });
});

describe('readPlanWorkbook errors', () => {
  it('NOT_XLSX for garbage bytes, saying what the file is', async () => {
    let seed = 7;
    const garbage = Buffer.from(
      Array.from({ length: 2048 }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed & 0xff;
      }),
    );
    expect((await expectCode(garbage, 'NOT_XLSX')).localized.en).toMatch(/neither an Excel workbook/);
  });

  it('NOT_XLSX for a CSV renamed .xlsx, pointing to the template', async () => {
    const csv = Buffer.from('Mã chỉ tiêu,Phép so sánh,Giá trị mục tiêu\nVILLAGE_MBB_COVERAGE,>=,100\n');
    const error = await expectCode(csv, 'NOT_XLSX');
    expect(error.localized.vi).toMatch(/CSV/);
  });

  it('NOT_XLSX for .xls/encrypted, .ods, a truncated workbook and a ZIP that is not a workbook', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    expect((await expectCode(ole, 'NOT_XLSX')).localized.vi).toMatch(/97–2003 \(\.xls\)/);
    const ods = storedZip({
      mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
      'content.xml': '<x/>',
    });
    expect((await expectCode(ods, 'NOT_XLSX')).localized.en).toMatch(/OpenDocument/);
    const template = await writePlanTemplate({ indicators: [], example: true });
    await expectCode(template.subarray(0, 300), 'NOT_XLSX');
    await expectCode(storedZip({ 'word/document.xml': '<w:document/>' }), 'NOT_XLSX');
  });

  it('only ever throws PlanFileError for a corrupted template', async () => {
    const template = await writePlanTemplate({ indicators: [], example: true });
    for (let i = 1; i <= 12; i++) {
      const damaged = Buffer.from(template);
      for (let at = 200 + i * 37; at < damaged.length; at += 401 + i) damaged[at] = (damaged[at] ?? 0) ^ 0x5a;
      await readPlanWorkbook(damaged).then(
        () => undefined,
        (error: unknown) => expect(error).toBeInstanceOf(PlanFileError),
      );
    }
  });

  it('EMPTY for no bytes, and for the blank template sent back unfilled', async () => {
    await expectCode(Buffer.alloc(0), 'EMPTY');
    await expectCode(
      await writePlanTemplate({ indicators: [{ code: 'A', nameVi: 'a', unit: '%' }] }),
      'EMPTY',
    );
  });

  it('NO_TARGET_SHEET when only the plan and catalogue sheets are left', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Kế hoạch').addRow(['Số hiệu văn bản', '1/KH']);
    workbook.addWorksheet('Danh mục chỉ tiêu').addRow(['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Phép so sánh']);
    const error = await expectCode(await toBuffer(workbook), 'NO_TARGET_SHEET');
    expect(error.localized.vi).toContain('"Kế hoạch", "Danh mục chỉ tiêu"');
  });

  it('NO_HEADER when the targets sheet has no header row in its first 10 rows', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Kế hoạch').addRow(['Số hiệu văn bản', '1/KH']);
    const targets = workbook.addWorksheet('Chi tiêu');
    for (let i = 0; i < 10; i++) targets.addRow([`dòng ${i}`]);
    targets.addRow(['Mã chỉ tiêu', 'Phép so sánh']);
    targets.addRow(['IT_PARKS', '>=']);
    const error = await expectCode(await toBuffer(workbook), 'NO_HEADER');
    expect(error.localized.vi).toContain('Trang "Chi tiêu"');
  });

  it('serialises as { code, message: { vi, en } }', async () => {
    const error = await failure(readPlanWorkbook(Buffer.alloc(0)));
    expect(JSON.parse(JSON.stringify(error))).toEqual({ code: 'EMPTY', message: error.localized });
  });
});
