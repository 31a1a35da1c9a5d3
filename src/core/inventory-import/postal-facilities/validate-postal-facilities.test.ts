import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../../plans/plan-input.ts';
import type { ImportContext } from '../dataset-contract.ts';
import { brief, importContext, recordOf, runDataset } from '../dataset-fixtures.test-helper.ts';
import { headerCollisions } from '../field-index.ts';
import { POSTAL_FACILITIES_DATASET, readPostalType } from './validate-postal-facilities.ts';

const office = recordOf('Bưu cục', {
  code: '231000',
  name: 'Bưu cục Đức Xuân',
  type: 'Bưu cục',
  communeName: 'Phường Đức Xuân',
  provinceName: 'Thái Nguyên',
  lon: '105°50′05.3″E',
  lat: '22°08′49.2″N',
  capacityTonnesPerDay: '',
});

const check = (records: RawRecord[], over: Partial<ImportContext> = {}) =>
  runDataset(POSTAL_FACILITIES_DATASET, importContext(over), records);

describe('postal facilities: the definition', () => {
  it('reads the headers of postal network lists', () => {
    const of = POSTAL_FACILITIES_DATASET.fieldOfHeader;
    expect(headerCollisions(POSTAL_FACILITIES_DATASET.fields)).toEqual([]);
    expect(of('Mã bưu cục (*)')).toBe('code');
    expect(of('Tên bưu cục/điểm phục vụ')).toBe('name');
    expect(of('Loại hình')).toBe('type');
    expect(of('Năng lực khai thác (tấn/ngày)')).toBe('capacityTonnesPerDay');
    expect(of('Tên xã/phường')).toBe('communeName');
    expect(POSTAL_FACILITIES_DATASET.requiredKeys).toEqual(['code', 'name', 'type', 'lon', 'lat']);
  });

  it('reads the level of a facility in Vietnamese words and the English codes', () => {
    const cases: [string, string][] = [
      ['Trung tâm khai thác vùng', 'regional_centre'],
      ['TTKT vùng', 'regional_centre'],
      ['regional_centre', 'regional_centre'],
      ['Trung tâm khai thác liên vùng', 'zone_centre'],
      ['Trung tâm khai thác khu vực', 'zone_centre'],
      ['zone_centre', 'zone_centre'],
      ['Trung tâm khai thác tỉnh', 'provincial_centre'],
      ['Trung tâm khai thác vận chuyển tỉnh', 'provincial_centre'],
      ['provincial_centre', 'provincial_centre'],
      ['Bưu cục', 'post_office'],
      ['Bưu cục cấp 2', 'post_office'],
      ['Điểm phục vụ', 'post_office'],
      ['Điểm Bưu điện - Văn hoá xã', 'post_office'],
      ['post_office', 'post_office'],
    ];
    for (const [written, type] of cases) expect(readPostalType(written), written).toBe(type);
    expect(readPostalType('Kho hàng')).toHaveProperty('problem');
  });
});

describe('postal facilities: accepted rows', () => {
  it('gives a PostalFacility placed by DMS coordinates and the commune name', () => {
    const result = check([office(2)]);
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(1);
    const [row] = result.rows;
    expect(row).toMatchObject({
      code: '231000',
      name: 'Bưu cục Đức Xuân',
      type: 'post_office',
      communeCode: '01840',
      capacityTonnesPerDay: null,
      synthetic: false,
    });
    expect(row?.position.lon).toBeCloseTo(105.834806, 5);
    expect(row?.position.lat).toBeCloseTo(22.147, 5);
  });

  it('reads a capacity with its unit, and counts updates', () => {
    const result = check(
      [
        office(2, {
          code: 'TTKT-TNG',
          type: 'Trung tâm khai thác tỉnh',
          capacityTonnesPerDay: '12,5 tấn/ngày',
        }),
        office(3),
      ],
      { existingKeys: new Set(['231000']) },
    );
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.capacityTonnesPerDay).toBe(12.5);
    expect(result.summary).toMatchObject({ rows: 2, accepted: 2, updates: 1, additions: 1 });
  });
});

describe('postal facilities: the error list', () => {
  it('refuses an unknown type, naming the column as written and what is expected', () => {
    const result = check([office(5, { type: 'Kho hàng' })], { columns: { type: 'Loại hình' } });
    expect(result.errors).toEqual([
      {
        sheet: 'Bưu cục',
        row: 5,
        field: 'type',
        column: 'Loại hình',
        value: 'Kho hàng',
        message: {
          vi: 'cần Trung tâm khai thác vùng, Trung tâm khai thác liên vùng (khu vực), Trung tâm khai thác tỉnh, Bưu cục hoặc Điểm phục vụ',
          en: 'expected regional_centre, zone_centre, provincial_centre or post_office (Trung tâm khai thác vùng, liên vùng, tỉnh; Bưu cục)',
        },
        // The row's point as read from degrees, minutes and seconds (105°50′05.3″E, 22°08′49.2″N).
        point: [105 + 50 / 60 + 5.3 / 3600, 22 + 8 / 60 + 49.2 / 3600],
      },
    ]);
  });

  it('requires a type and a position, and refuses a negative capacity', () => {
    const result = check([office(5, { type: '', lat: '', capacityTonnesPerDay: '-3' })]);
    expect(brief(result.errors)).toEqual([
      [5, 'type', 'bắt buộc, đang để trống'],
      [5, 'lat', 'bắt buộc, đang để trống'],
      [5, 'capacityTonnesPerDay', 'cần số ≥ 0 (tấn/ngày)'],
    ]);
  });

  it('refuses plane coordinates and a commune name found nowhere', () => {
    const result = check([
      office(5, { lon: '435620', lat: '2449310', communeName: 'Phường Hoàn Kiếm', provinceName: '' }),
    ]);
    expect(result.errors.map((e) => [e.field, e.column])).toEqual([
      ['lon', 'Kinh độ / Vĩ độ'],
      ['communeName', 'Tên xã'],
    ]);
    expect(result.errors[0]?.message.en).toContain('plane coordinates');
  });

  it('reports a repeated code', () => {
    const result = check([office(2), office(3, { name: 'Bưu cục khác' })]);
    expect(brief(result.errors)).toEqual([[3, 'code', 'trùng mã bưu cục ở Bưu cục, dòng 2']]);
  });
});
