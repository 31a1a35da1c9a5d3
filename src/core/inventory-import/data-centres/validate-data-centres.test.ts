import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../../plans/plan-input.ts';
import type { ImportContext } from '../dataset-contract.ts';
import { brief, importContext, recordOf, runDataset } from '../dataset-fixtures.test-helper.ts';
import { headerCollisions } from '../field-index.ts';
import { DATA_CENTRES_DATASET, readTier } from './validate-data-centres.ts';

const dc = recordOf('TTDL', {
  code: 'DC-TNG-01',
  name: 'Trung tâm dữ liệu Thái Nguyên',
  operator: 'VNPT Thái Nguyên',
  communeCode: '01840',
  lon: 105.8348,
  lat: 22.147,
  tier: 'Tier III',
  capacityMw: '2,5',
  racks: '200',
  pue: '1,6',
});

const check = (records: RawRecord[], over: Partial<ImportContext> = {}) =>
  runDataset(DATA_CENTRES_DATASET, importContext(over), records);

describe('data centres: the definition', () => {
  it('reads the headers of data centre lists', () => {
    const of = DATA_CENTRES_DATASET.fieldOfHeader;
    expect(headerCollisions(DATA_CENTRES_DATASET.fields)).toEqual([]);
    expect(of('Mã TTDL')).toBe('code');
    expect(of('Tên trung tâm dữ liệu (*)')).toBe('name');
    expect(of('Đơn vị quản lý, vận hành')).toBe('operator');
    expect(of('Tier')).toBe('tier');
    expect(of('Công suất IT (MW)')).toBe('capacityMw');
    expect(of('Số lượng rack')).toBe('racks');
    expect(of('PUE')).toBe('pue');
    expect(DATA_CENTRES_DATASET.requiredKeys).toEqual(['code', 'name', 'lon', 'lat', 'capacityMw']);
  });

  it('reads a Tier however it is written', () => {
    for (const written of [
      '3',
      3,
      'III',
      'Tier III',
      'tier 3',
      'TIER-III',
      'Cấp 3',
      'Cấp độ III',
      'Rated-3',
    ]) {
      expect(readTier(written), String(written)).toBe(3);
    }
    expect(readTier('Tier IV')).toBe(4);
    expect(readTier('I')).toBe(1);
    expect(readTier('')).toBeNull();
    for (const bad of ['5', 'Tier V', '0', 'cao']) {
      expect(readTier(bad), bad).toEqual({
        problem: {
          vi: 'cần cấp độ Tier từ 1 đến 4 (ví dụ 3, III, Tier III hoặc Cấp 3)',
          en: 'expected a Tier from 1 to 4 (e.g. 3, III, Tier III or Cấp 3)',
        },
      });
    }
  });
});

describe('data centres: accepted rows', () => {
  it('gives a DataCentre with comma decimals read', () => {
    const result = check([dc(3)]);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        code: 'DC-TNG-01',
        name: 'Trung tâm dữ liệu Thái Nguyên',
        operator: 'VNPT Thái Nguyên',
        position: { lon: 105.8348, lat: 22.147 },
        communeCode: '01840',
        tier: 3,
        capacityMw: 2.5,
        racks: 200,
        pue: 1.6,
        synthetic: false,
      },
    ]);
  });

  it('defaults the operator to the submitting organisation and leaves optional figures null', () => {
    const result = check([
      dc(3, { operator: '', tier: null, racks: '', pue: undefined, capacityMw: '500 kW' }),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      operator: 'Sở Khoa học và Công nghệ Thái Nguyên',
      tier: null,
      capacityMw: 0.5,
      racks: null,
      pue: null,
    });
  });

  it('counts updates and additions, and blank lines', () => {
    const result = check(
      [dc(3), dc(4, { code: 'DC-TNG-02' }), { location: { row: 5 }, fields: { code: '' } }],
      {
        existingKeys: new Set(['DC-TNG-02']),
      },
    );
    expect(result.summary).toMatchObject({ rows: 2, blankRows: 1, accepted: 2, updates: 1, additions: 1 });
  });
});

describe('data centres: the error list', () => {
  it('refuses a capacity of 0, a PUE below 1 and a negative rack count, saying what is expected', () => {
    const result = check([dc(6, { capacityMw: '0', pue: '0,9', racks: '-1' })], {
      columns: { capacityMw: 'Công suất IT (MW)', pue: 'PUE' },
    });
    expect(result.errors).toEqual([
      {
        sheet: 'TTDL',
        row: 6,
        field: 'capacityMw',
        column: 'Công suất IT (MW)',
        value: '0',
        message: { vi: 'cần số > 0 (MW)', en: 'expected a number > 0 (MW)' },
        // Every problem of a row with readable coordinates carries its point.
        point: [105.8348, 22.147],
      },
      {
        sheet: 'TTDL',
        row: 6,
        field: 'racks',
        column: 'Số tủ rack',
        value: '-1',
        message: { vi: 'cần số nguyên ≥ 0', en: 'expected a whole number ≥ 0' },
        point: [105.8348, 22.147],
      },
      {
        sheet: 'TTDL',
        row: 6,
        field: 'pue',
        column: 'PUE',
        value: '0,9',
        message: { vi: 'cần số từ 1 đến 3', en: 'expected a number from 1 to 3' },
        point: [105.8348, 22.147],
      },
    ]);
  });

  it('requires code, name, capacity and a position, and refuses a PUE over 3 and a bad Tier', () => {
    const result = check([
      dc(3, { code: null, name: '', capacityMw: '', lon: '', pue: 3.5, tier: 'Tier V' }),
    ]);
    expect(brief(result.errors)).toEqual([
      [3, 'code', 'bắt buộc, đang để trống'],
      [3, 'name', 'bắt buộc, đang để trống'],
      [3, 'lon', 'bắt buộc, đang để trống'],
      [3, 'tier', 'cần cấp độ Tier từ 1 đến 4 (ví dụ 3, III, Tier III hoặc Cấp 3)'],
      [3, 'capacityMw', 'bắt buộc, đang để trống'],
      [3, 'pue', 'cần số từ 1 đến 3'],
    ]);
  });

  it('checks the position against the commune and reports a repeated code', () => {
    const result = check([dc(3), dc(4, { lon: '105.75', lat: '22.15' })]);
    expect(brief(result.errors)).toEqual([
      [4, 'code', 'trùng mã trung tâm dữ liệu ở TTDL, dòng 3'],
      [
        4,
        'lon',
        'vị trí (105.75, 22.15) nằm ở Xã Phong Quang (01849), cách Phường Đức Xuân (01840) đã khai báo hơn 1 km',
      ],
    ]);
  });
});
