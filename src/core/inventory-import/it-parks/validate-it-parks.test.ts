import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../../plans/plan-input.ts';
import type { ImportContext } from '../dataset-contract.ts';
import { brief, importContext, recordOf, runDataset } from '../dataset-fixtures.test-helper.ts';
import { headerCollisions } from '../field-index.ts';
import { IT_PARKS_DATASET, readItParkStatus } from './validate-it-parks.ts';

const park = recordOf('Khu CNTT', {
  code: 'CNTT-TNG-01',
  name: 'Khu công nghệ thông tin tập trung Thái Nguyên',
  provinceCode: '19',
  provinceName: 'Thái Nguyên',
  areaHa: '52,5',
  status: 'Đang xây dựng',
  bandwidthGbps: '10',
});

const check = (records: RawRecord[], over: Partial<ImportContext> = {}) =>
  runDataset(IT_PARKS_DATASET, importContext(over), records);

describe('IT parks: the definition', () => {
  it('reads the headers of the lists of IT parks', () => {
    const of = IT_PARKS_DATASET.fieldOfHeader;
    expect(headerCollisions(IT_PARKS_DATASET.fields)).toEqual([]);
    expect(of('Mã khu CNTT (*)')).toBe('code');
    expect(of('Tên khu công nghệ thông tin tập trung')).toBe('name');
    expect(of('Mã tỉnh/TP')).toBe('provinceCode');
    expect(of('Tỉnh/Thành phố')).toBe('provinceName');
    expect(of('Quy mô diện tích (ha)')).toBe('areaHa');
    expect(of('Hiện trạng')).toBe('status');
    expect(of('Băng thông kết nối')).toBe('bandwidthGbps');
    expect(IT_PARKS_DATASET.requiredKeys).toEqual(['code', 'name', 'areaHa', 'status']);
    expect(IT_PARKS_DATASET.requiredOneOf).toEqual([['provinceCode', 'provinceName']]);
  });

  it('reads the stage in Vietnamese and English words', () => {
    const cases: [string, string][] = [
      ['Quy hoạch', 'planned'],
      ['Trong quy hoạch', 'planned'],
      ['planned', 'planned'],
      ['Đang xây dựng', 'building'],
      ['Đang đầu tư xây dựng', 'building'],
      ['under construction', 'building'],
      ['Đang hoạt động', 'operating'],
      ['Đã đi vào hoạt động', 'operating'],
      ['Đã đi vào hoạt động từ năm 2020', 'operating'],
      ['OPERATING', 'operating'],
    ];
    for (const [written, status] of cases) expect(readItParkStatus(written), written).toBe(status);
    expect(readItParkStatus('Tạm dừng')).toEqual({
      problem: {
        vi: 'cần Quy hoạch, Đang xây dựng hoặc Đang hoạt động',
        en: 'expected planned, building or operating (Quy hoạch, Đang xây dựng, Đang hoạt động)',
      },
    });
    expect(readItParkStatus('constructor')).toHaveProperty('problem');
  });
});

describe('IT parks: accepted rows', () => {
  it('gives an ItPark with the province resolved', () => {
    const result = check([park(4)]);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        code: 'CNTT-TNG-01',
        name: 'Khu công nghệ thông tin tập trung Thái Nguyên',
        provinceCode: '19',
        areaHa: 52.5,
        status: 'building',
        bandwidthGbps: 10,
        synthetic: false,
      },
    ]);
  });

  it('finds the province by name, or by a code typed in the name column, and maps an old code forward', () => {
    const result = check([
      park(4, { provinceCode: null, provinceName: 'Tỉnh Lạng Sơn' }),
      park(5, { code: 'B', provinceCode: '', provinceName: '38' }),
      park(6, { code: 'C', provinceCode: 6, provinceName: 'Bắc Kạn' }),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((p) => p.provinceCode)).toEqual(['20', '38', '19']);
    expect(result.warnings).toEqual([
      {
        sheet: 'Khu CNTT',
        row: 6,
        field: 'provinceCode',
        column: 'Mã tỉnh',
        value: '6',
        message: {
          vi: 'mã 06 (Tỉnh Bắc Kạn) trước 01/7/2025, nay thuộc 19',
          en: 'pre-2025 code 06 (Tỉnh Bắc Kạn), now 19',
        },
      },
    ]);
  });

  it('reads units after the figures and leaves the bandwidth optional', () => {
    const result = check([
      park(4, { areaHa: '120 ha', bandwidthGbps: '' }),
      park(5, { code: 'B', areaHa: '1,2 km²', bandwidthGbps: '500 Mbps' }),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((p) => [p.areaHa, p.bandwidthGbps])).toEqual([
      [120, null],
      [120, 0.5],
    ]);
  });

  it('counts updates and additions', () => {
    const result = check([park(4), park(5, { code: 'CNTT-TNG-02' })], {
      existingKeys: new Set(['CNTT-TNG-01']),
    });
    expect(result.summary).toMatchObject({ rows: 2, accepted: 2, updates: 1, additions: 1 });
  });
});

describe('IT parks: the error list', () => {
  it('names an unknown province code as the file wrote it', () => {
    const result = check([park(7, { provinceCode: '99' })], { columns: { provinceCode: 'Mã tỉnh/TP' } });
    expect(result.errors).toEqual([
      {
        sheet: 'Khu CNTT',
        row: 7,
        field: 'provinceCode',
        column: 'Mã tỉnh/TP',
        value: '99',
        message: { vi: 'không có tỉnh mã 99', en: 'no province has code 99' },
      },
    ]);
  });

  it('requires code, name, a province, an area over 0 and a known stage', () => {
    const result = check([
      park(3, {
        code: '',
        name: null,
        provinceCode: '',
        provinceName: '',
        areaHa: '0',
        status: 'Tạm dừng',
        bandwidthGbps: '-1',
      }),
    ]);
    expect(brief(result.errors)).toEqual([
      [3, 'code', 'bắt buộc, đang để trống'],
      [3, 'name', 'bắt buộc, đang để trống'],
      [3, 'provinceCode', 'cần mã tỉnh hoặc tên tỉnh, đang để trống cả hai'],
      [3, 'areaHa', 'cần số > 0 (ha)'],
      [3, 'status', 'cần Quy hoạch, Đang xây dựng hoặc Đang hoạt động'],
      [3, 'bandwidthGbps', 'cần số ≥ 0 (Gbps)'],
    ]);
    expect(result.summary).toMatchObject({ rows: 1, rejected: 1, accepted: 0 });
  });

  it('reports a repeated code with its first row', () => {
    const result = check([park(3), park(8, { code: ' CNTT-TNG-01 ' })]);
    expect(brief(result.errors)).toEqual([[8, 'code', 'trùng mã khu CNTT ở Khu CNTT, dòng 3']]);
  });
});
