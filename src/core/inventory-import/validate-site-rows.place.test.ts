import { describe, expect, it } from 'vitest';
import { GEOMETRY_PROBLEM_FIELD, geometryProblemMessage } from './geometry-problem.ts';
import { fakeContext, siteRow } from './site-fixtures.test-helper.ts';
import { validateSiteRows } from './validate-site-rows.ts';

const ctx = fakeContext();
const check = (...rows: ReturnType<typeof siteRow>[]) => validateSiteRows(rows, ctx);

describe('validateSiteRows: coordinates', () => {
  it('reads comma decimals and DMS', () => {
    const result = check(
      siteRow(3, { lon: '105,8348', lat: '22,1470' }),
      siteRow(4, { siteCode: 'B', lon: `105°50'05.3"E`, lat: '22 08 49,2 N' }),
      siteRow(5, { siteCode: 'C', lon: 105.8348, lat: 22.147 }),
    );
    expect(result.errors).toEqual([]);
    const [a, b, c] = result.sites.map((s) => s.position);
    expect(a).toEqual({ lon: 105.8348, lat: 22.147 });
    expect(b?.lon).toBeCloseTo(105.834806, 5);
    expect(b?.lat).toBeCloseTo(22.147, 5);
    expect(c).toEqual(a);
  });

  it('accepts a swapped pair with a warning on the pair of columns', () => {
    const result = check(siteRow(6, { lon: '22.1470', lat: '105.8348' }));
    expect(result.errors).toEqual([]);
    expect(result.sites[0]?.position).toEqual({ lon: 105.8348, lat: 22.147 });
    expect(result.warnings).toEqual([
      {
        sheet: 'Trạm BTS',
        row: 6,
        field: 'lon',
        column: 'Kinh độ / Vĩ độ',
        value: '22.1470; 105.8348',
        message: {
          vi: 'hai cột kinh độ và vĩ độ bị đổi chỗ; đã đọc kinh độ 105.8348, vĩ độ 22.147',
          en: 'the longitude and latitude columns are swapped; read as longitude 105.8348, latitude 22.147',
        },
        // The point as read, for the map of the report.
        point: [105.8348, 22.147],
      },
    ]);
    expect(result.summary.swappedCoordinates).toBe(1);
  });

  it('names the axis of an unreadable coordinate', () => {
    const result = check(siteRow(3, { lat: '22°75′N' }), siteRow(4, { siteCode: 'B', lon: 'Đức Xuân' }));
    expect(result.errors.map((e) => [e.row, e.field, e.value])).toEqual([
      [3, 'lat', '22°75′N'],
      [4, 'lon', 'Đức Xuân'],
    ]);
    expect(result.errors[0]?.message.vi).toBe('vĩ độ: phút phải nhỏ hơn 60');
  });

  it('says a GeoJSON feature is no point instead of calling both coordinates empty', () => {
    const result = check(
      siteRow(3, { lon: undefined, lat: undefined, [GEOMETRY_PROBLEM_FIELD]: 'NOT_POINT:LineString' }),
      siteRow(4, { siteCode: 'B', lon: undefined, lat: null }),
    );
    expect(result.errors.map((e) => [e.row, e.field, e.column, e.message.vi])).toEqual([
      [3, 'lon', 'Kinh độ', geometryProblemMessage('NOT_POINT:LineString').vi],
      [4, 'lon', 'Kinh độ', 'bắt buộc, đang để trống'],
      [4, 'lat', 'Vĩ độ', 'bắt buộc, đang để trống'],
    ]);
    expect(result.errors[0]?.message.vi).toContain('LineString, không phải điểm (Point)');
  });

  it('rejects a point far from Vietnam, and plane (VN-2000) metres', () => {
    const result = check(
      siteRow(3, { lon: '100.5018', lat: '13.7563' }),
      siteRow(4, { siteCode: 'B', lon: '435620', lat: '2449310' }),
    );
    expect(result.errors.map((e) => [e.row, e.field, e.column])).toEqual([
      [3, 'lon', 'Kinh độ / Vĩ độ'],
      [4, 'lon', 'Kinh độ / Vĩ độ'],
    ]);
    expect(result.errors[0]?.message.en).toContain('outside Vietnam');
    expect(result.errors[1]?.message.vi).toContain('VN-2000');
  });
});

describe('validateSiteRows: the point and its commune', () => {
  it('rejects a point in Laos (inside the Vietnam box, in no commune)', () => {
    const result = check(siteRow(3, { lon: '102.6000', lat: '17.9700' }));
    expect(result.errors).toEqual([
      expect.objectContaining({
        row: 3,
        field: 'lon',
        value: '102.6000; 17.9700',
        message: {
          vi: 'vị trí (102.6, 17.97) nằm ngoài Việt Nam (không thuộc xã nào), cách Phường Đức Xuân (01840) hơn 1 km',
          en: 'the position (102.6, 17.97) is outside Vietnam (in no commune), more than 1 km from Phường Đức Xuân (01840)',
        },
      }),
    ]);
  });

  it('accepts a point in the neighbouring commune within 1 km; beyond, says which commune it is in', () => {
    const result = check(
      siteRow(3, { lon: '105.8170', lat: '22.1500' }),
      siteRow(4, { siteCode: 'B', lon: '105.7550', lat: '22.1500' }),
    );
    expect(result.sites.map((s) => s.siteCode)).toEqual(['BKN_DXN_001']);
    expect(result.errors.map((e) => [e.row, e.message.vi])).toEqual([
      [
        4,
        'vị trí (105.755, 22.15) nằm ở Xã Phong Quang (01849), cách Phường Đức Xuân (01840) đã khai báo hơn 1 km',
      ],
    ]);
  });

  it('warns, without rejecting, when a point is off every boundary but within 1 km of its commune', () => {
    const result = check(siteRow(3, { lon: '105.8650', lat: '22.1500' }));
    expect(result.errors).toEqual([]);
    expect(result.warnings[0]?.message.en).toContain('outside every commune boundary but within 1 km');
  });

  it('warns when the commune has no boundary to check against', () => {
    const result = validateSiteRows(
      [siteRow(3)],
      fakeContext({ polygons: { within: () => null, locate: () => ['01840'] } }),
    );
    expect(result.sites).toHaveLength(1);
    const noBoundary = validateSiteRows(
      [siteRow(3)],
      fakeContext({ polygons: { within: () => null, locate: () => [] } }),
    );
    expect(noBoundary.warnings.map((w) => w.field)).toEqual(['communeCode']);
    expect(noBoundary.errors.map((e) => e.message.en)).toEqual([
      'the position (105.8348, 22.147) is outside Vietnam',
    ]);
  });
});

describe('validateSiteRows: communes through the caller’s resolver', () => {
  it('maps a pre-2025 code forward with a warning', () => {
    const result = check(siteRow(3, { communeCode: '01846', communeName: 'Phường Huyền Tụng' }));
    expect(result.sites[0]?.communeCode).toBe('01840');
    expect(result.warnings).toEqual([
      expect.objectContaining({
        row: 3,
        field: 'communeCode',
        column: 'Mã xã',
        value: '01846',
        message: {
          vi: 'mã 01846 (Phường Huyền Tụng) trước 01/7/2025, nay thuộc 01840',
          en: 'pre-2025 code 01846 (Phường Huyền Tụng), now 01840',
        },
      }),
    ]);
  });

  it('reads a code Excel turned into a number, and an NFD name without a code', () => {
    const result = check(
      siteRow(3, { communeCode: 1840 }),
      siteRow(4, { siteCode: 'B', communeCode: null, communeName: 'Phường Đức Xuân'.normalize('NFD') }),
    );
    expect(result.errors).toEqual([]);
    expect(result.sites.map((s) => s.communeCode)).toEqual(['01840', '01840']);
  });

  it('reports an ambiguous name with its candidates; the province settles it', () => {
    const tanThanh = { communeCode: '', communeName: 'Xã Tân Thành', lon: '105.95', lat: '21.55' };
    const result = check(
      siteRow(3, { ...tanThanh, provinceName: null }),
      siteRow(4, { ...tanThanh, siteCode: 'TNN_TTH_001' }),
    );
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 3, field: 'communeName', column: 'Tên xã', value: 'Xã Tân Thành' }),
    ]);
    expect(result.errors[0]?.message.vi).toContain('Xã Tân Thành, Lạng Sơn (06445)');
    expect(result.sites.map((s) => [s.siteCode, s.communeCode])).toEqual([['TNN_TTH_001', '05923']]);
  });

  it('warns on the name column when the name is another commune than the code, the code winning', () => {
    const result = check(
      siteRow(3, { communeName: 'Xã Phong Quang' }),
      siteRow(4, { siteCode: 'B', communeName: 'Phong Quang' }),
      siteRow(5, { siteCode: 'C', communeName: 'Xã Đâu Đó' }),
    );
    expect(result.errors).toEqual([]);
    expect(result.sites.map((s) => s.communeCode)).toEqual(['01840', '01840', '01840']);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        row: 3,
        field: 'communeName',
        column: 'Tên xã',
        value: 'Xã Phong Quang',
        message: {
          vi: 'tên xã "Xã Phong Quang" là Xã Phong Quang (01849), không phải xã có mã 01840 (Phường Đức Xuân); đã dùng mã xã, hãy kiểm tra lại mã hoặc tên',
          en: 'the commune name "Xã Phong Quang" is Xã Phong Quang (01849), not the commune with code 01840 (Phường Đức Xuân); the code is used, check the code or the name',
        },
      }),
      expect.objectContaining({ row: 4, field: 'communeName', value: 'Phong Quang' }),
      expect.objectContaining({ row: 5, field: 'communeName', value: 'Xã Đâu Đó' }),
    ]);
    expect(result.warnings[2]?.message.vi).toBe(
      'tên xã "Xã Đâu Đó", không phải xã có mã 01840 (Phường Đức Xuân); đã dùng mã xã, hãy kiểm tra lại mã hoặc tên',
    );
  });

  it('takes the coded commune’s name however it is spelled, and leaves a pre-2025 code’s name alone', () => {
    const result = check(
      siteRow(3, { communeName: 'P. Duc Xuan' }),
      siteRow(4, { siteCode: 'B', communeName: 'PHƯỜNG ĐỨC XUÂN'.normalize('NFD') }),
      siteRow(5, { siteCode: 'C', communeCode: 1840, communeName: 'Đức Xuân' }),
      siteRow(6, { siteCode: 'D', communeCode: '01846', communeName: 'Phường Huyền Tụng' }),
    );
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => [w.row, w.field])).toEqual([[6, 'communeCode']]);
  });

  it('compares a code and a name once per distinct pair, warning on every row', () => {
    let calls = 0;
    const counting = fakeContext({
      resolveCommune: (q) => {
        calls++;
        return ctx.resolveCommune(q, ctx.date);
      },
    });
    const rows = [3, 4, 5].map((row) => siteRow(row, { siteCode: `S${row}`, communeName: 'Xã Phong Quang' }));
    const result = validateSiteRows(rows, counting);
    expect(result.warnings.map((w) => [w.row, w.field])).toEqual([
      [3, 'communeName'],
      [4, 'communeName'],
      [5, 'communeName'],
    ]);
    // The code, then the name alone.
    expect(calls).toBe(2);
  });

  it('reports an unknown code and asks the resolver once per distinct commune', () => {
    let calls = 0;
    const counting = fakeContext({
      resolveCommune: (q) => {
        calls++;
        return ctx.resolveCommune(q, ctx.date);
      },
    });
    const rows = [
      siteRow(3, { communeCode: '99999' }),
      siteRow(4, { siteCode: 'B' }),
      siteRow(5, { siteCode: 'C' }),
    ];
    const result = validateSiteRows(rows, counting);
    expect(result.errors.map((e) => [e.row, e.field, e.message.en])).toEqual([
      [3, 'communeCode', 'no commune has code 99999'],
    ]);
    expect(calls).toBe(2);
  });
});
