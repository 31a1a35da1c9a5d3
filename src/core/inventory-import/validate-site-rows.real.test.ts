import type { MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PolygonInput } from '../demo/geometry.ts';
import { loadCommunes } from '../demo/load-communes.test-helper.ts';
import { PolygonIndex } from '../geo/polygon-index.ts';
import { fakeContext, siteRow } from './site-fixtures.test-helper.ts';
import { type SiteValidationContext, validateSiteRows } from './validate-site-rows.ts';

/** The loader yields GeoJSON geometries; `PolygonInput` also admits bare rings, which it never holds. */
const asGeometry = (p: PolygonInput): Polygon | MultiPolygon => {
  if (Array.isArray(p)) throw new Error('expected a GeoJSON geometry');
  return p;
};

/** The same rules against the real 2025 commune boundaries of Thái Nguyên (simplified). */
let ctx: SiteValidationContext;

beforeAll(() => {
  const communes = loadCommunes((c) => c.provinceCode === '19');
  const names = new Map(communes.map((c) => [c.code, `${c.unitType} ${c.name}`]));
  ctx = fakeContext({
    polygons: PolygonIndex.build(communes.map((c) => ({ code: c.code, geometry: asGeometry(c.polygon) }))),
    communeName: (code) => names.get(code) ?? null,
  });
});

describe('validateSiteRows on real boundaries', () => {
  it('accepts the Viettel site in Phường Đức Xuân (01840) at 105.8348, 22.1470', () => {
    const result = validateSiteRows([siteRow(3)], ctx);
    expect(result.errors).toEqual([]);
    expect(result.sites[0]).toMatchObject({ communeCode: '01840', position: { lon: 105.8348, lat: 22.147 } });
  });

  it('accepts a point in Phường Bắc Kạn 300 m from Đức Xuân, and rejects one in Phong Quang 1.3 km away', () => {
    const result = validateSiteRows(
      [
        siteRow(3, { lon: '105.84', lat: '22.13' }),
        siteRow(4, { siteCode: 'B', lon: '105.82', lat: '22.16' }),
      ],
      ctx,
    );
    expect(result.sites.map((s) => s.siteCode)).toEqual(['BKN_DXN_001']);
    expect(result.errors.map((e) => [e.row, e.message.vi])).toEqual([
      [
        4,
        'vị trí (105.82, 22.16) nằm ở Xã Phong Quang (01849), cách Phường Đức Xuân (01840) đã khai báo hơn 1 km',
      ],
    ]);
  });

  it('rejects a point in Vientiane, Laos, and reads a swapped pair in Đức Xuân', () => {
    const result = validateSiteRows(
      [
        siteRow(3, { lon: '102,6000', lat: '17,9700' }),
        siteRow(4, { siteCode: 'B', lon: '22.1470', lat: '105.8348' }),
      ],
      ctx,
    );
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([[3, 'lon']]);
    expect(result.errors[0]?.message.en).toContain('is outside Vietnam (in no commune)');
    expect(result.warnings.map((w) => [w.row, w.field])).toEqual([[4, 'lon']]);
    expect(result.sites.map((s) => s.communeCode)).toEqual(['01840']);
  });
});
