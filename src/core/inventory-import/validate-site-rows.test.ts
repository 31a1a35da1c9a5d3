import { describe, expect, it } from 'vitest';
import { fakeContext, siteRow } from './site-fixtures.test-helper.ts';
import { validateSiteRows } from './validate-site-rows.ts';

const ctx = fakeContext();
const check = (...rows: ReturnType<typeof siteRow>[]) => validateSiteRows(rows, ctx);
const fieldsOf = (errors: { field: string }[]) => errors.map((e) => e.field);

describe('validateSiteRows: a good row', () => {
  it('produces a MobileSite of the submitting operator, marked not synthetic', () => {
    const result = check(siteRow(5));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.sites).toEqual([
      {
        siteCode: 'BKN_DXN_001',
        operator: 'VIETTEL',
        position: { lon: 105.8348, lat: 22.147 },
        communeCode: '01840',
        carriers: [
          { technology: '2G', bandMhz: 900 },
          { technology: '4G', bandMhz: 1800 },
          { technology: '5G', bandMhz: 2600 },
        ],
        antennaHeightM: 36,
        shared: true,
        tenants: ['VNPT', 'MOBIFONE'],
        status: 'operating',
        onAirDate: '2019-03-15',
        decommissionedDate: null,
        synthetic: false,
      },
    ]);
  });

  it('shares one frozen carriers and tenants list among rows spelled alike, so no site can alter another', () => {
    const [a, b] = check(siteRow(5), siteRow(6, { siteCode: 'BKN_DXN_002' })).sites;
    if (!a || !b) throw new Error('both rows should be accepted');
    expect(a.carriers).toBe(b.carriers);
    expect(a.tenants).toBe(b.tenants);
    expect(Object.isFrozen(a.carriers) && Object.isFrozen(a.carriers[0]) && Object.isFrozen(a.tenants)).toBe(
      true,
    );
    expect(() => a.carriers.push({ technology: '2G', bandMhz: 900 })).toThrow(TypeError);
    expect(() => {
      (a.carriers[0] as { bandMhz: number }).bandMhz = 700;
    }).toThrow(TypeError);
    expect(b.carriers.map((c) => c.bandMhz)).not.toContain(700);
  });

  it('counts stored site codes as updates and skips blank lines', () => {
    const blank = { location: { sheet: 'Trạm BTS', row: 9 }, fields: { siteCode: ' ', lon: null } };
    const result = validateSiteRows([siteRow(5), siteRow(6, { siteCode: 'BKN_DXN_002' }), blank], ctx);
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

describe('validateSiteRows: the error list', () => {
  it('gives sheet, row, field, the column label, the value and a vi/en message', () => {
    const result = check(siteRow(7, { antennaHeightM: '250' }));
    expect(result.sites).toEqual([]);
    expect(result.errors).toEqual([
      {
        sheet: 'Trạm BTS',
        row: 7,
        field: 'antennaHeightM',
        column: 'Độ cao anten (m)',
        value: '250',
        message: { vi: 'độ cao phải từ 3 đến 200 m', en: 'height must be between 3 and 200 m' },
        // The row's coordinates, read: where the map of the report shows the problem.
        point: [105.8348, 22.147],
      },
    ]);
    expect(result.summary.rejected).toBe(1);
  });

  it('names the column as the file wrote it when the caller passes the headers', () => {
    const result = validateSiteRows(
      [siteRow(7, { antennaHeightM: '1' })],
      fakeContext({ columns: { antennaHeightM: 'Độ cao cột anten' } }),
    );
    expect(result.errors[0]?.column).toBe('Độ cao cột anten');
  });

  it('reports every problem of a row, not only the first', () => {
    const result = check(
      siteRow(8, {
        operator: 'MobiFone',
        technologies: '4G, 6G',
        antennaHeightM: '1,5',
        status: 'tạm ngưng',
      }),
    );
    expect(fieldsOf(result.errors)).toEqual(['operator', 'technologies', 'antennaHeightM', 'status']);
    expect(result.errors[0]?.message.vi).toContain('khác doanh nghiệp nộp số liệu (VIETTEL)');
  });

  it('reports empty required fields', () => {
    const empty = { siteCode: '', lon: null, lat: undefined, communeCode: '', communeName: ' ' };
    const result = check(siteRow(3, { ...empty, technologies: '', bands: '', status: '' }));
    expect(fieldsOf(result.errors)).toEqual([
      'siteCode',
      'lon',
      'lat',
      'communeCode',
      'technologies',
      'bands',
      'status',
    ]);
    expect(result.errors[3]?.message.en).toBe('a commune code or a commune name is required; both are empty');
  });
});

describe('validateSiteRows: site codes', () => {
  it('reports the second occurrence of a code, naming the row of the first (case aside)', () => {
    const result = check(
      siteRow(3, { siteCode: 'BKN_DXN_007' }),
      siteRow(4),
      siteRow(9, { siteCode: 'bkn_dxn_007' }),
    );
    expect(result.sites.map((s) => s.siteCode)).toEqual(['BKN_DXN_007', 'BKN_DXN_001']);
    expect(result.errors).toEqual([
      expect.objectContaining({
        row: 9,
        field: 'siteCode',
        column: 'Mã trạm',
        value: 'bkn_dxn_007',
        message: {
          vi: 'trùng mã trạm ở Trạm BTS, dòng 3',
          en: 'duplicates the site code of Trạm BTS, row 3',
        },
      }),
    ]);
  });

  it('accepts an empty operator cell or the submitter under any spelling', () => {
    expect(
      check(siteRow(3, { operator: '' }), siteRow(4, { siteCode: 'X2', operator: 'VIETTEL' })).errors,
    ).toEqual([]);
  });
});

describe('validateSiteRows: technologies and bands', () => {
  it('reads 4G/5G with bands in the 4G:1800 form', () => {
    const result = check(siteRow(3, { technologies: '4G/5G', bands: '4G:1800;5G:3500' }));
    expect(result.sites[0]?.carriers).toEqual([
      { technology: '4G', bandMhz: 1800 },
      { technology: '5G', bandMhz: 3500 },
    ]);
  });

  it('rejects unknown technologies, band counts that do not match and bands out of range', () => {
    const result = check(
      siteRow(3, { technologies: '2G,4G,WiMAX' }),
      siteRow(4, { siteCode: 'B', bands: '900,1800' }),
      siteRow(5, { siteCode: 'C', technologies: '4G', bands: '18000' }),
    );
    expect(result.errors.map((e) => [e.row, e.field, e.value])).toEqual([
      [3, 'technologies', '2G,4G,WiMAX'],
      [4, 'bands', '900,1800'],
      [5, 'bands', '18000'],
    ]);
    expect(result.errors[1]?.message.vi).toContain('có 2 băng tần cho 3 công nghệ (2G, 4G, 5G)');
  });
});

describe('validateSiteRows: sharing', () => {
  it('rejects tenants naming the submitter or an unknown operator', () => {
    const result = check(
      siteRow(3, { tenants: 'Viettel, VNPT' }),
      siteRow(4, { siteCode: 'B', tenants: 'VNPT, FPT' }),
    );
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'tenants'],
      [4, 'tenants'],
    ]);
    expect(result.errors[0]?.message.en).toBe('must not name the submitting operator (VIETTEL)');
  });

  it('rejects tenants on a site marked not shared; infers sharing when the flag is empty', () => {
    const result = check(siteRow(3, { shared: 'Không' }), siteRow(4, { siteCode: 'B', shared: '' }));
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([[3, 'tenants']]);
    expect(result.warnings.map((e) => [e.row, e.field])).toEqual([[4, 'shared']]);
    expect(result.sites[0]).toMatchObject({ shared: true, tenants: ['VNPT', 'MOBIFONE'] });
  });

  it('reads x and 0 as the flag; an unshared site has no tenants', () => {
    const result = check(
      siteRow(3, { shared: 'x' }),
      siteRow(4, { siteCode: 'B', shared: 0, tenants: null }),
    );
    expect(result.errors).toEqual([]);
    expect(result.sites.map((s) => [s.shared, s.tenants])).toEqual([
      [true, ['VNPT', 'MOBIFONE']],
      [false, []],
    ]);
  });
});

describe('validateSiteRows: status and dates', () => {
  it('reads statuses in Vietnamese and English words', () => {
    const rows = ['Đang xây dựng', 'planned', 'Quy hoạch'].map((status, i) =>
      siteRow(3 + i, { siteCode: `S${i}`, status, onAirDate: null }),
    );
    expect(check(...rows).sites.map((s) => s.status)).toEqual(['building', 'planned', 'planned']);
  });

  it('needs a decommissioned date for a decommissioned site, after its on-air date', () => {
    const result = check(
      siteRow(3, { status: 'Đã dừng' }),
      siteRow(4, { siteCode: 'B', status: 'Đã dừng', decommissionedDate: '01/02/2018' }),
      siteRow(5, { siteCode: 'C', status: 'Đã dừng', decommissionedDate: new Date(Date.UTC(2024, 5, 30)) }),
    );
    expect(result.errors.map((e) => [e.row, e.field, e.value])).toEqual([
      [3, 'decommissionedDate', ''],
      [4, 'decommissionedDate', '01/02/2018'],
    ]);
    expect(result.errors[1]?.message.vi).toBe('trước ngày phát sóng (2019-03-15)');
    expect(result.sites[0]).toMatchObject({ siteCode: 'C', decommissionedDate: '2024-06-30' });
  });

  it('rejects impossible dates and a past stop date on a site said to operate', () => {
    const result = check(
      siteRow(3, { onAirDate: '31/02/2024' }),
      siteRow(4, { siteCode: 'B', decommissionedDate: '2025-06-30' }),
    );
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'onAirDate'],
      [4, 'decommissionedDate'],
    ]);
  });

  it('warns about an operating site whose on-air date is after the period end', () => {
    const result = check(siteRow(3, { onAirDate: '2026-02-01' }));
    expect(result.sites).toHaveLength(1);
    expect(result.warnings.map((w) => w.field)).toEqual(['onAirDate']);
  });
});
