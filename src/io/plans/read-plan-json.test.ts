import { describe, expect, it } from 'vitest';
import { PlanFileError, type PlanFileErrorCode } from './plan-file-error.ts';
import { readPlanJson } from './read-plan-json.ts';

function failure(text: string, code: PlanFileErrorCode): PlanFileError {
  try {
    readPlanJson(text);
  } catch (error) {
    if (!(error instanceof PlanFileError)) throw error;
    expect(error.code).toBe(code);
    return error;
  }
  throw new Error('expected a PlanFileError');
}

describe('readPlanJson', () => {
  it('reads the plan at row 0 and the n-th target at row n, values as they are', () => {
    const text = JSON.stringify({
      plan: {
        code: '660/KH-UBND',
        titleVi: 'Kế hoạch',
        periodStart: 2023,
        periodEnd: '2025',
        scopeUnit: '06',
      },
      targets: [
        { indicator: 'VILLAGE_MBB_COVERAGE', comparator: '>=', value: 100, deadline: 2025, scope: null },
        { indicator: 'BTS_SHARING', comparator: 'khoảng', min: '20', max: 30, deadline: '2025-12-31' },
      ],
    });
    expect(readPlanJson(`\uFEFF${text}`)).toEqual({
      plan: {
        location: { row: 0 },
        fields: {
          code: '660/KH-UBND',
          titleVi: 'Kế hoạch',
          periodStart: 2023,
          periodEnd: '2025',
          scopeUnit: '06',
        },
      },
      targets: [
        {
          location: { row: 1 },
          fields: {
            indicator: 'VILLAGE_MBB_COVERAGE',
            comparator: '>=',
            value: 100,
            deadline: 2025,
            scope: null,
          },
        },
        {
          location: { row: 2 },
          fields: {
            indicator: 'BTS_SHARING',
            comparator: 'khoảng',
            min: '20',
            max: 30,
            deadline: '2025-12-31',
          },
        },
      ],
    });
  });

  it('turns nested values into JSON text, matches property names like labels, drops unknown ones', () => {
    const read = readPlanJson(
      JSON.stringify({
        plan: { code: 'X', 'Cơ quan ban hành': 'UBND', note: 'ignored', status: true },
        targets: [
          { indicator: 'A', value: { comparator: '>=', value: 1 }, deadline: [2025], 'Baseline value': 3 },
        ],
      }),
    );
    expect(read.plan.fields).toEqual({ code: 'X', issuer: 'UBND', status: true });
    expect(read.targets[0]?.fields).toEqual({
      indicator: 'A',
      value: '{"comparator":">=","value":1}',
      deadline: '[2025]',
      baselineValue: 3,
    });
  });

  it('accepts a plan without targets', () => {
    expect(readPlanJson('{"plan": {"code": "X"}}').targets).toEqual([]);
  });

  it.each([
    ['{"plan": {"code": }}', 1, 19, 18],
    ['{\n  "plan": {\n    "code": "X",\n  }\n}', 4, 3, 33],
    ['{"plan": {"code": "X"}', 1, 23, 22],
    ['{"plan": {}} x', 1, 14, 13],
    ['plan: {}', 1, 1, 0],
  ])('NOT_JSON with the line and column of %j', (text, line, column, position) => {
    const error = failure(text, 'NOT_JSON');
    expect(error.localized.vi).toContain(`dòng ${line}, cột ${column} (vị trí ${position})`);
    expect(error.localized.en).toContain(`line ${line}, column ${column} (position ${position})`);
  });

  it.each([
    ['[]', '"$" must be an object, but is an array'],
    ['"plan"', '"$" must be an object, but is a string'],
    ['{"targets": []}', '"$.plan" must be an object, but is missing'],
    ['{"plan": null}', '"$.plan" must be an object, but is null'],
    ['{"plan": {}, "targets": {"a": 1}}', '"$.targets" must be an array, but is an object'],
    ['{"plan": {}, "targets": [{}, 3]}', '"$.targets[1]" must be an object, but is a number'],
  ])('BAD_SHAPE for %s', (text, message) => {
    const error = failure(text, 'BAD_SHAPE');
    expect(error.localized.en).toContain(message);
    expect(error.localized.vi).toContain('JSON không đúng dạng');
  });

  it('EMPTY for blank text', () => {
    failure(' \n ', 'EMPTY');
  });
});
