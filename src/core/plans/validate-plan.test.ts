import { describe, expect, it } from 'vitest';
import { indicator } from './consistency-fixtures.ts';
import type { RawPlanSubmission, RawRecord } from './plan-input.ts';
import { type PlanValidationContext, validatePlanSubmission } from './validate-plan.ts';

const share = (code: string) => indicator(code, { naturalLimit: 100, kind: 'computed', scale: 100 });
const INDICATORS = new Map([
  ['VILLAGE_MBB_COVERAGE', share('VILLAGE_MBB_COVERAGE')],
  [
    'IT_PARKS',
    { ...share('IT_PARKS'), unit: 'count', naturalLimit: null, aggregation: 'sum' as const, scale: 1 },
  ],
]);
const ALIASES = new Map([['VILLAGE_MBB', 'VILLAGE_MBB_COVERAGE']]);

const ctx: PlanValidationContext = {
  findIndicator: (code) => INDICATORS.get(ALIASES.get(code) ?? code) ?? null,
  // Bắc Kạn (06) until 30 Jun 2025; Thái Nguyên (19) always; VN always.
  unitExists: (code, on) => code === 'VN' || code === '19' || (code === '06' && on <= '2025-06-30'),
  planExists: (code) => code === '36/QĐ-TTg',
};

const plan: RawRecord = {
  location: { sheet: 'Kế hoạch', row: 2 },
  fields: {
    code: '660/KH-UBND',
    titleVi: 'Kế hoạch phát triển hạ tầng số tỉnh Bắc Kạn giai đoạn 2023-2025',
    issuer: 'UBND tỉnh Bắc Kạn',
    issuedOn: '15/10/2023',
    periodStart: 2023,
    periodEnd: '2025',
    scopeUnit: '06',
    parentPlan: '36/QĐ-TTg',
  },
};
const row = (n: number, fields: RawRecord['fields']): RawRecord => ({
  location: { sheet: 'Chỉ tiêu', row: n },
  fields,
});
const good = (n: number) =>
  row(n, {
    indicator: 'VILLAGE_MBB',
    comparator: '>=',
    value: '100',
    deadline: 2025,
    baselineValue: '92,5',
    baselineYear: 2022,
  });

describe('validatePlanSubmission', () => {
  it('accepts a good plan, reading Vietnamese numbers, dates and plan codes of indicators', () => {
    const result = validatePlanSubmission({ plan, targets: [good(5)] }, ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.plan).toMatchObject({
      issuedOn: '2023-10-15',
      periodEnd: 2025,
      scopeUnitCode: '06',
      scopeDate: '2023-10-15',
    });
    expect(result.targets).toEqual([
      {
        indicatorCode: 'VILLAGE_MBB_COVERAGE',
        scope: { kind: 'unit', unit: { code: '06', on: '2023-10-15' } },
        value: { comparator: '>=', value: 100 },
        deadline: '2025-12-31',
        baseline: { value: 92.5, year: 2022 },
        sourceClause: null,
        sourceUrl: null,
      },
    ]);
  });

  it('gives one message per bad row, naming sheet, row and column, and returns nothing to save', () => {
    const submission: RawPlanSubmission = {
      plan,
      targets: [
        good(5),
        row(6, { indicator: 'NO_SUCH_THING', comparator: '>=', value: 50, deadline: 2025 }),
        row(7, {
          indicator: 'VILLAGE_MBB',
          comparator: '>=',
          value: 90,
          deadline: 2020,
          baselineValue: 80,
          baselineYear: 2022,
        }),
        row(8, { indicator: 'VILLAGE_MBB', comparator: '>=', value: 'một trăm', deadline: 2025 }),
        row(9, { indicator: 'VILLAGE_MBB', scope: '99', comparator: '>=', value: 100, deadline: 2025 }),
      ],
    };
    const result = validatePlanSubmission(submission, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.field, e.column])).toEqual([
      [6, 'indicator', 'Mã chỉ tiêu'],
      [7, 'deadline', 'Hạn hoàn thành'],
      [8, 'value', 'Giá trị mục tiêu'],
      [9, 'scope', 'Phạm vi'],
    ]);
    expect(result.errors.every((e) => e.sheet === 'Chỉ tiêu')).toBe(true);
    expect(result.errors[2]?.value).toBe('một trăm');
    expect(result.errors[2]?.message.vi).toBe('không phải là số');
    expect(result.errors[3]?.message.en).toContain('"99"');
  });

  it('checks the plan record itself', () => {
    const result = validatePlanSubmission(
      {
        plan: {
          ...plan,
          fields: { ...plan.fields, code: '', periodEnd: 2020, scopeUnit: '06', issuedOn: '2026-01-01' },
        },
        targets: [],
      },
      ctx,
    );
    if (result.ok) throw new Error('expected errors');
    expect(result.errors.map((e) => e.field)).toEqual(['code', 'periodEnd', 'scopeUnit']);
  });

  it('reads ranges and rejects reversed ones', () => {
    const ok = validatePlanSubmission(
      {
        plan,
        targets: [
          row(5, { indicator: 'IT_PARKS', comparator: 'khoảng', min: 12, max: 14, deadline: '31/12/2025' }),
        ],
      },
      ctx,
    );
    expect(ok.ok && ok.targets[0]?.value).toEqual({ comparator: 'range', min: 12, max: 14 });
    const bad = validatePlanSubmission(
      {
        plan,
        targets: [row(5, { indicator: 'IT_PARKS', comparator: 'range', min: 14, max: 12, deadline: 2025 })],
      },
      ctx,
    );
    expect(!bad.ok && bad.errors.map((e) => e.field)).toEqual(['max']);
  });

  it('refuses a share above its natural limit and a baseline without its year', () => {
    const result = validatePlanSubmission(
      {
        plan,
        targets: [
          row(5, { indicator: 'VILLAGE_MBB', comparator: '>=', value: 120, deadline: 2025 }),
          row(6, {
            indicator: 'VILLAGE_MBB',
            comparator: '>=',
            value: 90,
            deadline: 2025,
            baselineValue: 70,
          }),
        ],
      },
      ctx,
    );
    expect(!result.ok && result.errors.map((e) => [e.row, e.field])).toEqual([
      [5, 'value'],
      [6, 'baselineYear'],
    ]);
  });

  it('reads level scopes such as "mọi xã"', () => {
    const result = validatePlanSubmission(
      {
        plan,
        targets: [
          row(5, { indicator: 'VILLAGE_MBB', scope: 'mọi xã', comparator: '>=', value: 100, deadline: 2025 }),
        ],
      },
      ctx,
    );
    expect(result.ok && result.targets[0]?.scope).toEqual({ kind: 'level', level: 'commune' });
  });

  it("refuses a target for a unit outside the plan's scope when the context can tell", () => {
    // 01834 is a commune of Bắc Kạn (06); Thái Nguyên (19) is another province until 2025.
    const within = (code: string, ancestor: string) =>
      code === ancestor || (code === '01834' && ancestor === '06');
    const scoped: PlanValidationContext = {
      ...ctx,
      unitExists: (code, on) => code === '01834' || ctx.unitExists(code, on),
      unitWithin: within,
    };
    const target = (n: number, scope: string) =>
      row(n, { indicator: 'VILLAGE_MBB', scope, comparator: '>=', value: 100, deadline: 2025 });
    const result = validatePlanSubmission({ plan, targets: [target(5, '01834'), target(6, '19')] }, scoped);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.row, e.field, e.message.en])).toEqual([
      [6, 'scope', "unit 19 is outside the plan's scope (06)"],
    ]);
  });
});

describe('unitCodeOn', () => {
  it('reads codes Excel turned into numbers back to their zero-padded form', async () => {
    const { unitCodeOn } = await import('./validate-plan.ts');
    expect(unitCodeOn('6', '2024-01-01', ctx)).toBe('06');
    expect(unitCodeOn('19', '2026-01-01', ctx)).toBe('19');
    expect(unitCodeOn('vn', '2026-01-01', ctx)).toBe('VN');
    expect(unitCodeOn('6', '2026-01-01', ctx)).toBeNull();
    expect(unitCodeOn('abc', '2026-01-01', ctx)).toBeNull();
  });
});
