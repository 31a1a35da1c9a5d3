import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PLAN_FIELDS, TARGET_FIELDS } from '../../core/plans/plan-fields.ts';
import type { Indicator } from '../../core/plans/plan-model.ts';
import { type PlanValidationContext, validatePlanSubmission } from '../../core/plans/validate-plan.ts';
import { loadBuffer, toBuffer } from './fixtures/workbooks.ts';
import { readPlanWorkbook } from './read-plan-workbook.ts';
import { EXAMPLE_PLAN, EXAMPLE_TARGETS } from './template-example.ts';
import { TARGET_FIRST_DATA_ROW, TEMPLATE_SHEETS, writePlanTemplate } from './write-plan-template.ts';

const INDICATORS = [
  { code: 'VILLAGE_MBB_COVERAGE', nameVi: 'Tỷ lệ thôn, bản được phủ sóng băng rộng di động', unit: '%' },
  { code: 'BTS_SHARING', nameVi: 'Tỷ lệ vị trí trạm BTS dùng chung', unit: '%' },
  { code: 'IT_PARKS', nameVi: 'Số khu công nghệ thông tin tập trung', unit: 'count' },
];

function sheetOf(workbook: { getWorksheet(name: string): Worksheet | undefined }, name: string): Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The validation model exceljs reads back (per cell), which it does not type. */
const validationAt = (sheet: Worksheet, address: string) =>
  (
    sheet as unknown as {
      dataValidations: {
        model: Record<string, { type: string; formulae?: string[]; prompt?: string; errorStyle?: string }>;
      };
    }
  ).dataValidations.model[address];

describe('writePlanTemplate', () => {
  it('lays out the plan form: bold labels with (*), values, grey hints, hidden keys', async () => {
    const workbook = await loadBuffer(await writePlanTemplate({ indicators: INDICATORS }));
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Kế hoạch', 'visible'],
      ['Chỉ tiêu', 'visible'],
      ['Danh mục chỉ tiêu', 'visible'],
      ['Danh mục', 'hidden'],
    ]);
    const plan = sheetOf(workbook, TEMPLATE_SHEETS.plan);
    expect(plan.getColumn(4).hidden).toBe(true);
    PLAN_FIELDS.forEach((field, i) => {
      const row = i + 2;
      expect(plan.getCell(row, 1).value).toBe(field.required ? `${field.vi} (*)` : field.vi);
      expect(plan.getCell(row, 1).font?.bold).toBe(true);
      expect(plan.getCell(row, 2).value).toBeNull();
      expect(plan.getCell(row, 3).value).toBe(field.hintVi);
      expect(plan.getCell(row, 3).font).toMatchObject({ italic: true, color: { argb: 'FF808080' } });
      expect(plan.getCell(row, 4).value).toBe(field.key);
    });
    expect(plan.getCell('B10').numFmt).toBe('@'); // scopeUnit keeps the 0 of "06"
    expect(validationAt(plan, 'B13')).toMatchObject({ type: 'list', errorStyle: 'warning' });
  });

  it('lays out the targets sheet: hidden keys row, labelled frozen header, drop-downs, input messages', async () => {
    const workbook = await loadBuffer(await writePlanTemplate({ indicators: INDICATORS }));
    const sheet = sheetOf(workbook, TEMPLATE_SHEETS.targets);
    expect(sheet.getRow(1).hidden).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    TARGET_FIELDS.forEach((field, i) => {
      expect(sheet.getCell(1, i + 1).value).toBe(field.key);
      expect(sheet.getCell(2, i + 1).value).toBe(field.required ? `${field.vi} (*)` : field.vi);
      expect(sheet.getColumn(i + 1).width).toBeGreaterThanOrEqual(14);
      expect(validationAt(sheet, `${sheet.getColumn(i + 1).letter}${TARGET_FIRST_DATA_ROW}`)?.prompt).toBe(
        field.hintVi,
      );
    });
    expect(validationAt(sheet, 'A500')).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$1:$A$3"] });
    expect(validationAt(sheet, 'C3')).toMatchObject({ type: 'list', formulae: ['">=,<=,=,khoảng"'] });
    const codes = sheetOf(workbook, TEMPLATE_SHEETS.codes);
    expect([1, 2, 3].map((r) => codes.getCell(r, 1).value)).toEqual(INDICATORS.map((i) => i.code));
    const catalogue = sheetOf(workbook, TEMPLATE_SHEETS.catalogue);
    expect(catalogue.getRow(1).values).toEqual([undefined, 'Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính']);
    expect(catalogue.getRow(4).values).toEqual([undefined, 'IT_PARKS', INDICATORS[2]?.nameVi, 'count']);
  });

  it('has no indicator drop-down when the catalogue is empty', async () => {
    const workbook = await loadBuffer(await writePlanTemplate({ indicators: [] }));
    expect(validationAt(sheetOf(workbook, TEMPLATE_SHEETS.targets), 'A3')?.type).toBe('any');
  });

  it('round-trips the example plan and its two target rows with their locations', async () => {
    const read = await readPlanWorkbook(await writePlanTemplate({ indicators: INDICATORS, example: true }));
    expect(read.plan).toEqual({ location: { sheet: 'Kế hoạch', row: 2 }, fields: EXAMPLE_PLAN });
    expect(read.targets).toEqual(
      EXAMPLE_TARGETS.map((fields, i) => ({ location: { sheet: 'Chỉ tiêu', row: 3 + i }, fields })),
    );
    expect(read.targets[0]?.fields).toMatchObject({
      indicator: 'VILLAGE_MBB_COVERAGE',
      comparator: '>=',
      value: 100,
      deadline: 2025,
    });
  });

  it('reads an edited label through the hidden key, and a pasted-over header by what is visible', async () => {
    const workbook = await loadBuffer(await writePlanTemplate({ indicators: INDICATORS, example: true }));
    const sheet = sheetOf(workbook, TEMPLATE_SHEETS.targets);
    sheet.getCell('D2').value = 'Mục tiêu năm 2025'; // not a known label: column D is `value` by its key
    const plan = sheetOf(workbook, TEMPLATE_SHEETS.plan);
    plan.getCell('A2').value = 'Số văn bản'; // not a known label: the hidden key in D2 says `code`
    let read = await readPlanWorkbook(await toBuffer(workbook));
    expect(read.targets[0]?.fields.value).toBe(100);
    expect(read.plan.fields.code).toBe('660/KH-UBND');
    // An officer pastes a table with min and target value swapped: visible labels win over keys.
    sheet.getCell('D2').value = 'Giá trị tối thiểu';
    sheet.getCell('E2').value = 'Giá trị mục tiêu';
    sheet.getCell('E3').value = 100;
    sheet.getCell('D3').value = null;
    read = await readPlanWorkbook(await toBuffer(workbook));
    expect(read.targets[0]?.fields).toMatchObject({ value: 100 });
    expect(read.targets[0]?.fields).not.toHaveProperty('min');
  });
});

describe('template example through validatePlanSubmission', () => {
  const indicator = (code: string): Indicator => ({
    code,
    nameVi: code,
    nameEn: code,
    unit: '%',
    direction: 'higher',
    naturalLimit: 100,
    kind: 'computed',
    aggregation: 'ratio',
    scale: 100,
    numeratorVi: null,
    denominatorVi: null,
    descriptionVi: null,
  });
  const ctx: PlanValidationContext = {
    findIndicator: (code) => (INDICATORS.some((i) => i.code === code) ? indicator(code) : null),
    // Bắc Kạn (06) exists until the merger into Thái Nguyên on 1 July 2025.
    unitExists: (code, on) => code === 'VN' || (code === '06' && on <= '2025-06-30'),
    planExists: () => false,
  };

  it('is a valid plan', async () => {
    const read = await readPlanWorkbook(await writePlanTemplate({ indicators: INDICATORS, example: true }));
    const result = validatePlanSubmission(read, ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.plan).toMatchObject({
      code: '660/KH-UBND',
      periodStart: 2023,
      periodEnd: 2025,
      scopeUnitCode: '06',
      scopeDate: '2023-10-01',
      status: 'in_force',
    });
    expect(result.targets).toEqual([
      expect.objectContaining({
        indicatorCode: 'VILLAGE_MBB_COVERAGE',
        scope: { kind: 'unit', unit: { code: '06', on: '2023-10-01' } },
        value: { comparator: '>=', value: 100 },
        deadline: '2025-12-31',
      }),
      expect.objectContaining({ indicatorCode: 'BTS_SHARING', value: { comparator: '>=', value: 25 } }),
    ]);
  });
});
