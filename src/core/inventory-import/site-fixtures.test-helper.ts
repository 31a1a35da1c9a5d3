import type { Polygon } from 'geojson';
import { PolygonIndex } from '../geo/polygon-index.ts';
import type { RawRecord } from '../plans/plan-input.ts';
import { foldForSearch } from '../text/vietnamese.ts';
import type { CommuneResolution, SiteValidationContext } from './validate-site-rows.ts';

/**
 * Test support: a fake context around Bắc Kạn (now in Thái Nguyên, 19). Communes are boxes side by
 * side (the real-boundary checks are in validate-site-rows.real.test.ts); the resolver knows current
 * codes, two pre-2025 codes merged into Phường Đức Xuân (01840) on 1 Jul 2025, and names —
 * `Tân Thành` exists in nine provinces.
 */
const box = (minLon: number, minLat: number, maxLon: number, maxLat: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [minLon, minLat],
      [maxLon, minLat],
      [maxLon, maxLat],
      [minLon, maxLat],
      [minLon, minLat],
    ],
  ],
});

export const COMMUNES: Record<string, { name: string; province: string; polygon: Polygon }> = {
  '01840': { name: 'Phường Đức Xuân', province: 'Thái Nguyên', polygon: box(105.82, 22.13, 105.86, 22.17) },
  '01843': { name: 'Phường Bắc Kạn', province: 'Thái Nguyên', polygon: box(105.78, 22.13, 105.82, 22.17) },
  '01849': { name: 'Xã Phong Quang', province: 'Thái Nguyên', polygon: box(105.74, 22.13, 105.78, 22.17) },
  '05923': { name: 'Xã Tân Thành', province: 'Thái Nguyên', polygon: box(105.9, 21.5, 106.0, 21.6) },
  '06445': { name: 'Xã Tân Thành', province: 'Lạng Sơn', polygon: box(106.5, 21.9, 106.6, 22.0) },
  '15661': { name: 'Xã Tân Thành', province: 'Thanh Hoá', polygon: box(105.4, 19.9, 105.5, 20.0) },
};

/** Pre-2025 codes (valid until 30 Jun 2025) and the commune they were merged into. */
const MERGED: Record<string, { name: string; into: string }> = {
  '01846': { name: 'Phường Huyền Tụng', into: '01840' },
  '01834': { name: 'Phường Nguyễn Thị Minh Khai', into: '01840' },
};

const bare = (name: string) => foldForSearch(name).replace(/^(xa|phuong|tinh) /, '');

export function resolveCommune(q: {
  code?: string;
  name?: string;
  provinceName?: string;
}): CommuneResolution {
  if (q.code !== undefined) {
    const code = /^\d{1,4}$/.test(q.code) ? q.code.padStart(5, '0') : q.code;
    if (COMMUNES[code]) return { code };
    const old = MERGED[code];
    if (old) {
      return {
        code: old.into,
        note: {
          vi: `mã ${code} (${old.name}) trước 01/7/2025, nay thuộc ${old.into}`,
          en: `pre-2025 code ${code} (${old.name}), now ${old.into}`,
        },
      };
    }
    return { problem: { vi: `không có xã mã ${code}`, en: `no commune has code ${code}` } };
  }
  const name = bare(q.name ?? '');
  const hits = Object.entries(COMMUNES).filter(
    ([, c]) =>
      bare(c.name) === name && (q.provinceName === undefined || bare(c.province) === bare(q.provinceName)),
  );
  if (hits.length === 1 && hits[0]) return { code: hits[0][0] };
  if (hits.length === 0) {
    return { problem: { vi: `không có xã tên "${q.name}"`, en: `no commune is named "${q.name}"` } };
  }
  const list = hits.map(([code, c]) => `${c.name}, ${c.province} (${code})`).join('; ');
  return {
    problem: {
      vi: `tên xã trùng nhiều nơi: ${list}; ghi thêm tỉnh hoặc mã xã`,
      en: `several communes have this name: ${list}; add the province or the code`,
    },
  };
}

export const boxes = PolygonIndex.build(
  Object.entries(COMMUNES).map(([code, c]) => ({ code, geometry: c.polygon })),
);

export function fakeContext(over: Partial<SiteValidationContext> = {}): SiteValidationContext {
  return {
    operator: 'VIETTEL',
    date: '2025-12-31',
    resolveCommune,
    polygons: boxes,
    existingSiteCodes: new Set(['BKN_DXN_001']),
    communeName: (code) => COMMUNES[code]?.name ?? null,
    ...over,
  };
}

/** A Viettel site in Phường Đức Xuân (01840), as a row of the operator's workbook. */
export const GOOD_FIELDS: RawRecord['fields'] = {
  siteCode: 'BKN_DXN_001',
  operator: 'Viettel',
  lon: '105.8348',
  lat: '22.1470',
  communeCode: '01840',
  communeName: 'Phường Đức Xuân',
  provinceName: 'Thái Nguyên',
  technologies: '2G,4G,5G',
  bands: '900,1800,2600',
  antennaHeightM: '36',
  shared: 'Có',
  tenants: 'VNPT, MOBIFONE',
  status: 'Đang hoạt động',
  onAirDate: '15/03/2019',
};

export const siteRow = (row: number, fields: RawRecord['fields'] = {}): RawRecord => ({
  location: { sheet: 'Trạm BTS', row },
  fields: { ...GOOD_FIELDS, ...fields },
});
