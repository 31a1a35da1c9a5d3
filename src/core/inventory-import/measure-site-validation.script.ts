/**
 * Script, not a test: `npx tsx src/core/inventory-import/measure-site-validation.script.ts [rows] [--real]`.
 * Validates a synthetic operator file (default 100,000 rows, of which ~1 % carry an error) against a
 * fake context whose polygon queries cost nothing, and prints rows/s (median of 7 runs after a
 * warm-up). With `--real`, the same rows are also placed in real communes and checked against the
 * 3,321 simplified 2025 commune boundaries through PolygonIndex.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { PolygonInput } from '../demo/geometry.ts';
import { loadCommunes } from '../demo/load-communes.test-helper.ts';
import { PolygonIndex } from '../geo/polygon-index.ts';
import type { RawRecord } from '../plans/plan-input.ts';
import { type SitePolygons, type SiteValidationContext, validateSiteRows } from './validate-site-rows.ts';

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const COMMUNES = 1000;
const codeOf = (i: number) => String(10_000 + (i % COMMUNES)).padStart(5, '0');

const TECH = [
  ['4G', '1800'],
  ['2G,4G', '900,1800'],
  ['2G/4G/5G', '900/1800/2600'],
  ['4G/5G', '4G:1800,2100;5G:2600'],
  ['3G, 4G', '2100, 1800'],
] as const;
const STATUS = ['Đang hoạt động', 'đang hoạt động', 'operating', 'Đang xây dựng', 'Quy hoạch'];

function rowsFor(
  count: number,
  place: (i: number) => { lon: number; lat: number; code: string },
): RawRecord[] {
  const rows: RawRecord[] = [];
  for (let i = 0; i < count; i++) {
    const { lon, lat, code } = place(i);
    const [technologies, bands] = TECH[i % TECH.length] ?? TECH[0];
    const form = i % 10;
    const lonCell = form < 6 ? lon : form < 9 ? lon.toFixed(5).replace('.', ',') : String(lat);
    const latCell = form < 6 ? lat : form < 9 ? lat.toFixed(5).replace('.', ',') : String(lon);
    const shared = i % 3 === 0;
    rows.push({
      location: { sheet: 'Trạm BTS', row: i + 2 },
      fields: {
        siteCode:
          i % 100 === 99 ? `VTL${String(i - 1).padStart(6, '0')}` : `VTL${String(i).padStart(6, '0')}`,
        operator: i % 2 === 0 ? 'Viettel' : '',
        lon: lonCell,
        lat: latCell,
        communeCode: code,
        communeName: null,
        provinceName: null,
        technologies,
        bands,
        antennaHeightM: i % 4 === 0 ? '36,5' : 30 + (i % 40),
        shared: shared ? 'Có' : 'Không',
        tenants: shared ? 'VNPT, MobiFone' : null,
        status: STATUS[i % STATUS.length] ?? 'operating',
        onAirDate: i % 2 === 0 ? new Date(Date.UTC(2015 + (i % 10), i % 12, 1 + (i % 28))) : '15/03/2019',
      },
    });
  }
  return rows;
}

function measure(label: string, rows: RawRecord[], ctx: SiteValidationContext): void {
  validateSiteRows(rows, ctx); // warm-up
  const times: number[] = [];
  let last = validateSiteRows(rows, ctx);
  for (let run = 0; run < 7; run++) {
    const t0 = performance.now();
    last = validateSiteRows(rows, ctx);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[3] ?? 0;
  const perSecond = Math.round(rows.length / (median / 1000));
  console.log(
    `${label}: ${rows.length} rows in ${median.toFixed(0)} ms (median of 7) = ${perSecond.toLocaleString('en')} rows/s; ` +
      `accepted ${last.summary.accepted}, errors ${last.errors.length}, warnings ${last.warnings.length}`,
  );
}

const base = {
  operator: 'VIETTEL' as const,
  date: '2025-12-31',
  resolveCommune: (q: { code?: string }) =>
    q.code !== undefined ? { code: q.code } : { problem: { vi: 'không có', en: 'none' } },
  existingSiteCodes: new Set(Array.from({ length: n / 2 }, (_, i) => `VTL${String(i).padStart(6, '0')}`)),
};

// Fake boundaries: commune k is the 0.01°-wide strip of longitude 103 + k/100.
const strip = (lon: number) => codeOf(Math.floor((lon - 103) * 100 + 1e-9));
const fake: SitePolygons = {
  locate: (lon) => [strip(lon)],
  within: (code, lon) => strip(lon) === code,
};
const fakeRows = rowsFor(n, (i) => {
  const k = i % COMMUNES;
  return { lon: 103 + k / 100 + 0.005, lat: 15 + (i % 700) / 100, code: codeOf(k) };
});
measure('fake context', fakeRows, { ...base, polygons: fake });

if (args.includes('--real')) {
  const asGeometry = (p: PolygonInput): Polygon | MultiPolygon => {
    if (Array.isArray(p)) throw new Error('expected a GeoJSON geometry');
    return p;
  };
  const communes = loadCommunes();
  const index = PolygonIndex.build(communes.map((c) => ({ code: c.code, geometry: asGeometry(c.polygon) })));
  // One point inside each commune, found by a seeded scan of its bounding box.
  const points: { lon: number; lat: number; code: string }[] = [];
  let seed = 1;
  const rand = () => {
    seed = (seed * 16807) % 2147483647;
    return (seed - 1) / 2147483646;
  };
  for (const c of communes) {
    const coords =
      JSON.stringify(asGeometry(c.polygon).coordinates)
        .match(/-?\d+\.?\d*/g)
        ?.map(Number) ?? [];
    const xs = coords.filter((_, i) => i % 2 === 0);
    const ys = coords.filter((_, i) => i % 2 === 1);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (let t = 0; t < 200; t++) {
      const lon = Number((x0 + rand() * (x1 - x0)).toFixed(5));
      const lat = Number((y0 + rand() * (y1 - y0)).toFixed(5));
      if (index.contains(c.code, lon, lat)) {
        points.push({ lon, lat, code: c.code });
        break;
      }
    }
  }
  const realRows = rowsFor(n, (i) => points[i % points.length] ?? { lon: 0, lat: 0, code: '' });
  measure(`real PolygonIndex (${index.size} communes)`, realRows, { ...base, polygons: index });
}
