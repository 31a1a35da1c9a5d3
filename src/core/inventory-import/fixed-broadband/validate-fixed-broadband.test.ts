import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../../plans/plan-input.ts';
import type { ImportContext } from '../dataset-contract.ts';
import { brief, importContext, recordOf, runDataset } from '../dataset-fixtures.test-helper.ts';
import { headerCollisions } from '../field-index.ts';
import { FIXED_BROADBAND_DATASET } from './validate-fixed-broadband.ts';

const row = recordOf('FTTH', {
  villageCode: '01840-T01',
  operator: 'Viettel',
  ftth: 'Có',
  householdsPassed: '250',
});

const context = (over: Partial<ImportContext> = {}) =>
  importContext({
    organisation: 'VIETTEL',
    villageCodes: new Set(['01840-T01', '01840-T02', '01843-T01']),
    ...over,
  });

const check = (records: RawRecord[], over: Partial<ImportContext> = {}) =>
  runDataset(FIXED_BROADBAND_DATASET, context(over), records);

describe('fixed broadband: the definition', () => {
  it('reads the headers operators write, and is an operator dataset', () => {
    const of = FIXED_BROADBAND_DATASET.fieldOfHeader;
    expect(headerCollisions(FIXED_BROADBAND_DATASET.fields)).toEqual([]);
    expect(of('Mã thôn (*)')).toBe('villageCode');
    expect(of('Doanh nghiệp')).toBe('operator');
    expect(of('FTTH')).toBe('ftth');
    expect(of('Đã có cáp quang')).toBe('ftth');
    expect(of('Số hộ có thể kết nối')).toBe('householdsPassed');
    expect(of('Homes passed')).toBe('householdsPassed');
    expect(FIXED_BROADBAND_DATASET.organisationIsOperator).toBe(true);
    expect(FIXED_BROADBAND_DATASET.requiredKeys).toEqual(['villageCode', 'ftth']);
  });

  it('refuses to run for an organisation that is not an operator (a mistake of the caller)', () => {
    expect(() =>
      FIXED_BROADBAND_DATASET.validator(context({ organisation: 'Sở TT&TT' }), { errors: [], warnings: [] }),
    ).toThrow(/operator/);
  });
});

describe('fixed broadband: accepted rows', () => {
  it('gives the availability of the submitting operator, key village|operator', () => {
    const result = check([
      row(4),
      row(5, { villageCode: '01840-t02', operator: 'VIETTEL', ftth: 'Chưa có', householdsPassed: '' }),
      row(6, { villageCode: '01843-T01', operator: null, ftth: 'x', householdsPassed: 12 }),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { villageCode: '01840-T01', operator: 'VIETTEL', ftth: true, householdsPassed: 250, synthetic: false },
      { villageCode: '01840-T02', operator: 'VIETTEL', ftth: false, householdsPassed: 0, synthetic: false },
      { villageCode: '01843-T01', operator: 'VIETTEL', ftth: true, householdsPassed: 12, synthetic: false },
    ]);
    expect(result.rows.map(FIXED_BROADBAND_DATASET.keyOf)).toEqual([
      '01840-T01|VIETTEL',
      '01840-T02|VIETTEL',
      '01843-T01|VIETTEL',
    ]);
  });

  it('counts updates against stored village|operator keys, and blank lines', () => {
    const result = check(
      [row(4), row(5, { villageCode: '01840-T02' }), { location: { row: 6 }, fields: {} }],
      {
        existingKeys: new Set(['01840-T01|VIETTEL', '01840-T02|VNPT']),
      },
    );
    expect(result.summary).toEqual({
      rows: 2,
      blankRows: 1,
      accepted: 2,
      rejected: 0,
      updates: 1,
      additions: 1,
      swappedCoordinates: 0,
    });
  });
});

describe('fixed broadband: the error list', () => {
  it('names a village code the village list does not have', () => {
    const result = check([row(7, { villageCode: '99999-T09' })], { columns: { villageCode: 'Mã thôn/bản' } });
    expect(result.errors).toEqual([
      {
        sheet: 'FTTH',
        row: 7,
        field: 'villageCode',
        column: 'Mã thôn/bản',
        value: '99999-T09',
        message: {
          vi: 'không có thôn mã 99999-T09 trong danh mục thôn đã nạp; nạp danh mục thôn trước hoặc sửa mã',
          en: 'no village with code 99999-T09 in the loaded village list; load the villages first or fix the code',
        },
      },
    ]);
  });

  it('refuses every village when no village list is loaded', () => {
    const result = runDataset(FIXED_BROADBAND_DATASET, importContext({ organisation: 'VIETTEL' }), [row(3)]);
    expect(brief(result.errors).map(([r, f]) => [r, f])).toEqual([[3, 'villageCode']]);
  });

  it('refuses another operator, and an unknown one', () => {
    const result = check([
      row(3, { operator: 'VNPT-Vinaphone' }),
      row(4, { villageCode: '01840-T02', operator: 'FPT' }),
    ]);
    expect(result.errors.map((e) => [e.row, e.field, e.message.en])).toEqual([
      [3, 'operator', 'differs from the submitting operator (VIETTEL); leave empty or write VIETTEL'],
      [
        4,
        'operator',
        'is not a known operator (Viettel, VNPT, MobiFone, Vietnamobile, Gmobile, iTel, Reddi)',
      ],
    ]);
  });

  it('ties households passed to the FTTH flag', () => {
    const result = check([
      row(3, { householdsPassed: '' }),
      row(4, { villageCode: '01840-T02', householdsPassed: 0 }),
      row(5, { villageCode: '01843-T01', ftth: 'Không', householdsPassed: '40' }),
    ]);
    expect(brief(result.errors)).toEqual([
      [3, 'householdsPassed', 'bắt buộc khi thôn có FTTH, đang để trống'],
      [4, 'householdsPassed', 'bằng 0 trong khi thôn có FTTH; ghi số hộ có thể đăng ký dịch vụ'],
      [
        5,
        'householdsPassed',
        'thôn không có FTTH (cột "Có cáp quang FTTH") thì số hộ được phủ phải để trống hoặc 0',
      ],
    ]);
    expect(result.summary.rejected).toBe(3);
  });

  it('requires the FTTH flag as yes or no, and a whole number of households', () => {
    const result = check([
      row(3, { ftth: '' }),
      row(4, { villageCode: '01840-T02', ftth: 'có lẽ', householdsPassed: '2,5' }),
    ]);
    expect(brief(result.errors)).toEqual([
      [3, 'ftth', 'bắt buộc, đang để trống'],
      [4, 'ftth', 'cần Có hoặc Không (x, 1/0, Đã/Chưa, yes/no)'],
      [4, 'householdsPassed', 'cần số nguyên ≥ 0'],
    ]);
  });

  it('reports a village repeated in the file', () => {
    const result = check([row(3), row(9, { ftth: 'Đã có FTTH' })]);
    expect(result.rows).toHaveLength(1);
    expect(result.errors.map((e) => [e.row, e.message.vi])).toEqual([[9, 'trùng mã thôn ở FTTH, dòng 3']]);
  });
});
