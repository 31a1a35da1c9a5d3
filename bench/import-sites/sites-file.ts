import { mulberry32 } from '../../src/core/coverage/synthetic-network.ts';
import { PolygonIndex } from '../../src/core/geo/polygon-index.ts';
import { readVietnamBoundaries } from '../../src/io/units/read-vietnam-boundaries.ts';

type Geometry = Parameters<typeof PolygonIndex.build>[0][number]['geometry'];

const TECH = [
  ['4G', '1800'],
  ['2G,4G', '900,1800'],
  ['2G/4G/5G', '900/1800/2600'],
  ['4G/5G', '"4G:1800;5G:3500"'],
  ['3G, 4G', '2100, 1800'],
] as const;
const STATUS = ['Đang hoạt động', 'đang hoạt động', 'Đang xây dựng', 'Quy hoạch'];

/** Points inside real 2025 communes: `perCommune` per commune, by a seeded scan of each bounding box. */
async function communePoints(perCommune: number): Promise<{ lon: number; lat: number; code: string }[]> {
  const { communes } = await readVietnamBoundaries();
  const shapes = [...communes].map(([code, b]) => ({ code, geometry: JSON.parse(b.geometry) as Geometry }));
  const index = PolygonIndex.build(shapes);
  const random = mulberry32(20251231);
  const points: { lon: number; lat: number; code: string }[] = [];
  for (const { code, geometry } of shapes) {
    const numbers =
      JSON.stringify(geometry.coordinates)
        .match(/-?\d+(?:\.\d+)?/g)
        ?.map(Number) ?? [];
    let [x0, x1, y0, y1] = [180, -180, 90, -90];
    numbers.forEach((v, i) => {
      if (i % 2 === 0) [x0, x1] = [Math.min(x0, v), Math.max(x1, v)];
      else [y0, y1] = [Math.min(y0, v), Math.max(y1, v)];
    });
    for (let found = 0, tries = 0; found < perCommune && tries < perCommune * 50; tries++) {
      const lon = Number((x0 + random() * (x1 - x0)).toFixed(5));
      const lat = Number((y0 + random() * (y1 - y0)).toFixed(5));
      if (index.contains(code, lon, lat)) {
        points.push({ lon, lat, code });
        found++;
      }
    }
  }
  return points;
}

/**
 * An operator's site list as a UTF-8 CSV of `rows` rows, the way operators export it: Vietnamese
 * headers, `;` delimiter and comma decimals on a third of the rows, mixed spellings of status and
 * technologies; every row valid, each site inside its declared real commune.
 */
export async function sitesCsv(rows: number): Promise<Uint8Array> {
  const points = await communePoints(20);
  const lines = [
    'Mã trạm;Nhà mạng;Kinh độ;Vĩ độ;Mã xã;Công nghệ;Băng tần;Độ cao anten (m);Dùng chung;Nhà mạng dùng chung;Trạng thái;Ngày phát sóng',
  ];
  for (let i = 0; i < rows; i++) {
    const p = points[(i * 7919) % points.length] ?? { lon: 105.8348, lat: 22.147, code: '01840' };
    const [tech, bands] = TECH[i % TECH.length] ?? TECH[0];
    const comma = i % 3 === 0;
    const lon = comma ? p.lon.toFixed(5).replace('.', ',') : p.lon.toFixed(5);
    const lat = comma ? p.lat.toFixed(5).replace('.', ',') : p.lat.toFixed(5);
    lines.push(
      `BENCH${String(i).padStart(7, '0')};${i % 2 === 0 ? 'Viettel' : ''};${lon};${lat};${p.code};${tech};${bands};` +
        `${30 + (i % 40)};${i % 5 === 0 ? 'Có;VNPT' : 'Không;'};${STATUS[i % STATUS.length]};${1 + (i % 28)}/${1 + (i % 12)}/20${15 + (i % 10)}`,
    );
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}
