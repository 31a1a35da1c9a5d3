import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../../plans/plan-input.ts';
import type { ImportContext } from '../dataset-contract.ts';
import { brief, importContext, recordOf, runDataset } from '../dataset-fixtures.test-helper.ts';
import { headerCollisions } from '../field-index.ts';
import { VILLAGES_DATASET } from './validate-villages.ts';

const village = recordOf('Thôn', {
  villageCode: '01840-T01',
  name: 'Tổ dân phố 1',
  communeCode: '01840',
  communeName: 'Phường Đức Xuân',
  provinceName: 'Thái Nguyên',
  lon: '105.8348',
  lat: '22.1470',
  population: '1.234',
  households: '310',
});

const check = (records: RawRecord[], over: Partial<ImportContext> = {}) =>
  runDataset(VILLAGES_DATASET, importContext(over), records);

describe('villages: the definition', () => {
  it('maps the headers provincial lists use to the fields, and no header to two fields', () => {
    const of = VILLAGES_DATASET.fieldOfHeader;
    expect(headerCollisions(VILLAGES_DATASET.fields)).toEqual([]);
    expect(of('Mã thôn (*)')).toBe('villageCode');
    expect(of('MA_THON')).toBe('villageCode');
    expect(of('Tên thôn/bản/tổ dân phố')).toBe('name');
    expect(of('Tên thôn, bản')).toBe('name');
    expect(of('Số hộ')).toBe('households');
    expect(of('Số hộ gia đình')).toBe('households');
    expect(of('Số dân')).toBe('population');
    expect(of('Nhân khẩu')).toBe('population');
    expect(of('Dân số (người)')).toBe('population');
    expect(of('Mã xã/phường')).toBe('communeCode');
    expect(of('Kinh độ (WGS84)')).toBe('lon');
    expect(of('Ghi chú')).toBeNull();
    expect(VILLAGES_DATASET.requiredKeys).toEqual([
      'villageCode',
      'name',
      'lon',
      'lat',
      'population',
      'households',
    ]);
    expect(VILLAGES_DATASET.requiredOneOf).toEqual([['communeCode', 'communeName']]);
  });
});

describe('villages: accepted rows', () => {
  it('gives a Village with numbers read as typed (1.234 is a thousand and more), not synthetic', () => {
    const result = check([village(5)]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows).toEqual([
      {
        villageCode: '01840-T01',
        name: 'Tổ dân phố 1',
        communeCode: '01840',
        position: { lon: 105.8348, lat: 22.147 },
        population: 1234,
        households: 310,
        synthetic: false,
      },
    ]);
    expect(VILLAGES_DATASET.keyOf(result.rows[0] as never)).toBe('01840-T01');
  });

  it('counts stored codes as updates, new ones as additions, and skips blank lines', () => {
    const blank: RawRecord = {
      location: { sheet: 'Thôn', row: 7 },
      fields: { villageCode: '  ', lon: null },
    };
    const result = check([village(5), village(6, { villageCode: '01840-T02' }), blank], {
      existingKeys: new Set(['01840-T01']),
    });
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

  it('finds the commune by name and province, and warns of a pre-2025 code it maps forward', () => {
    const result = check([
      village(5, {
        communeCode: undefined,
        communeName: 'Xã Tân Thành',
        provinceName: 'Lạng Sơn',
        lon: 106.55,
        lat: 21.95,
      }),
      village(6, { villageCode: 'B', communeCode: '01846' }),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((v) => v.communeCode)).toEqual(['06445', '01840']);
    expect(result.warnings).toEqual([
      {
        sheet: 'Thôn',
        row: 6,
        field: 'communeCode',
        column: 'Mã xã',
        value: '01846',
        message: {
          vi: 'mã 01846 (Phường Huyền Tụng) trước 01/7/2025, nay thuộc 01840',
          en: 'pre-2025 code 01846 (Phường Huyền Tụng), now 01840',
        },
        // Every problem of a row with readable coordinates carries its point.
        point: [105.8348, 22.147],
      },
    ]);
  });
});

describe('villages: the error list', () => {
  it('gives sheet, row, field, the column as the file wrote it, the value and a vi/en message', () => {
    const result = check([village(8, { population: '-5' })], { columns: { population: 'Nhân khẩu' } });
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      {
        sheet: 'Thôn',
        row: 8,
        field: 'population',
        column: 'Nhân khẩu',
        value: '-5',
        message: { vi: 'cần số nguyên ≥ 0', en: 'expected a whole number ≥ 0' },
        point: [105.8348, 22.147],
      },
    ]);
    expect(result.summary).toMatchObject({ rows: 1, accepted: 0, rejected: 1 });
  });

  it('requires code, name, coordinates, people and a commune', () => {
    const result = check([
      village(3, {
        villageCode: '',
        name: ' ',
        lat: null,
        population: undefined,
        households: '',
        communeCode: '',
        communeName: '',
      }),
    ]);
    expect(brief(result.errors)).toEqual([
      [3, 'villageCode', 'bắt buộc, đang để trống'],
      [3, 'name', 'bắt buộc, đang để trống'],
      [3, 'lat', 'bắt buộc, đang để trống'],
      [3, 'communeCode', 'cần mã xã hoặc tên xã, đang để trống cả hai'],
      [3, 'population', 'bắt buộc, đang để trống'],
      [3, 'households', 'bắt buộc, đang để trống'],
    ]);
  });

  it('refuses a code over 64 characters, non-integers and text in number columns', () => {
    const result = check([
      village(3, { villageCode: 'T'.repeat(65), population: '12,5', households: 'nhiều' }),
    ]);
    expect(brief(result.errors)).toEqual([
      [3, 'villageCode', 'dài quá 64 ký tự'],
      [3, 'population', 'cần số nguyên ≥ 0'],
      [3, 'households', 'không phải là số; cần số nguyên ≥ 0'],
    ]);
  });

  it('reports a code repeated in the file (whatever its case) with the row that had it first', () => {
    const result = check([village(5), village(6, { villageCode: '01840-t01' })]);
    expect(result.rows).toHaveLength(1);
    expect(result.errors).toEqual([
      {
        sheet: 'Thôn',
        row: 6,
        field: 'villageCode',
        column: 'Mã thôn',
        value: '01840-t01',
        message: { vi: 'trùng mã thôn ở Thôn, dòng 5', en: 'duplicates the village code of Thôn, row 5' },
        point: [105.8348, 22.147],
      },
    ]);
  });

  it('lists every commune of an ambiguous name', () => {
    const result = check([village(4, { communeCode: null, communeName: 'Tân Thành', provinceName: null })]);
    expect(result.errors[0]?.field).toBe('communeName');
    expect(result.errors[0]?.message.vi).toContain('tên xã trùng nhiều nơi');
    expect(result.errors[0]?.message.vi).toContain('Lạng Sơn (06445)');
  });
});

describe('villages: position', () => {
  it('reads comma decimals, and a swapped pair with a warning on both columns', () => {
    const result = check([
      village(3, { lon: '105,8348', lat: '22,147' }),
      village(4, { villageCode: 'B', lon: '22.1470', lat: '105.8348' }),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((v) => v.position)).toEqual([
      { lon: 105.8348, lat: 22.147 },
      { lon: 105.8348, lat: 22.147 },
    ]);
    expect(result.warnings.map((w) => [w.row, w.field, w.column, w.value])).toEqual([
      [4, 'lon', 'Kinh độ / Vĩ độ', '22.1470; 105.8348'],
    ]);
    expect(result.summary.swappedCoordinates).toBe(1);
  });

  it('names the commune a point lies in when it is over 1 km from the declared one', () => {
    const result = check([village(3, { lon: '105.79', lat: '22.15' })]);
    expect(result.errors).toEqual([
      {
        sheet: 'Thôn',
        row: 3,
        field: 'lon',
        column: 'Kinh độ / Vĩ độ',
        value: '105.79; 22.15',
        message: {
          vi: 'vị trí (105.79, 22.15) nằm ở Phường Bắc Kạn (01843), cách Phường Đức Xuân (01840) đã khai báo hơn 1 km',
          en: 'the position (105.79, 22.15) lies in Phường Bắc Kạn (01843), more than 1 km from the declared Phường Đức Xuân (01840)',
        },
        point: [105.79, 22.15],
      },
    ]);
  });

  it('accepts a point just over the boundary (within 1 km) and refuses one outside Vietnam', () => {
    const result = check([
      village(3, { lon: '105.815', lat: '22.15' }),
      village(4, { villageCode: 'B', lon: '100.5018', lat: '13.7563' }),
    ]);
    expect(result.rows.map((v) => v.villageCode)).toEqual(['01840-T01']);
    expect(brief(result.errors).map(([row, field]) => [row, field])).toEqual([[4, 'lon']]);
  });
});

describe('villages: people and households', () => {
  it('refuses more households than people, and no household for people', () => {
    const result = check([
      village(3, { population: '100', households: '120' }),
      village(4, { villageCode: 'B', population: '100', households: '0' }),
      village(5, { villageCode: 'C', population: '0', households: '0' }),
    ]);
    expect(brief(result.errors)).toEqual([
      [3, 'households', 'lớn hơn số dân (100); mỗi hộ có ít nhất một người'],
      [4, 'households', 'bằng 0 trong khi thôn có 100 người; cần ghi số hộ'],
    ]);
    expect(result.rows.map((v) => v.villageCode)).toEqual(['C']);
  });

  it('warns of more than 15 persons per household but accepts the row', () => {
    const result = check([village(3, { population: '370', households: '20' })]);
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.warnings.map((w) => [w.field, w.message])).toEqual([
      [
        'households',
        {
          vi: 'bình quân 18,5 người/hộ (trên 15): kiểm tra lại số dân và số hộ',
          en: '18.5 persons per household (over 15): check the population and households',
        },
      ],
    ]);
  });
});
