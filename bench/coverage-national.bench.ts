import Flatbush from 'flatbush';
import { TECHNOLOGIES } from '../src/core/assets/asset-model.ts';
import { type SyntheticNetwork, syntheticNetwork } from '../src/core/coverage/synthetic-network.ts';
import { type CoverageResult, coverageOfVillages } from '../src/core/coverage/village-coverage.ts';
import { haversineMetres, radiusBBox } from '../src/core/geo/sphere.ts';
import type { Database } from '../src/db/database.ts';
import { openPgliteDatabase } from '../src/db/pglite-database.ts';
import { type Benchmark, median, timed } from './benchmark.ts';

const RUNS = 5;
// One PostGIS run over the full data takes 45–85 s here (measured; this 2-core machine is shared):
// three keep the benchmark at 3–5 minutes.
const BASELINE_RUNS = 3;
const SEED = 20250701;
const COMMUNES = 3321;
const VILLAGES = 100_000;
const SITES = 150_000;
const BATCH = 20_000;
/**
 * Ours measures on the IUGG mean sphere, PostGIS's geography on the WGS 84 spheroid. For short
 * distances their ratio lies between M/R₁ and N/R₁ (meridian and prime-vertical radii of curvature):
 * at 8.18° N, M = 6,336.7 km and N = 6,378.6 km against R₁ = 6,371.0 km, i.e. −0.54 % … +0.12 %.
 * A village whose sphere distance to a site is within that band of the radius may be covered by
 * one and not the other; the brief's 0.5 % band is too narrow for north–south pairs in the south,
 * so we accept 0.6 % and report how many fall beyond 0.5 %. Any other difference fails the run.
 */
const BAND = 0.006;
const BRIEF_BAND = 0.005;

type Network = SyntheticNetwork;

async function insert(db: Database, sql: string, columns: ArrayLike<number>[], count: number): Promise<void> {
  for (let start = 0; start < count; start += BATCH) {
    const end = Math.min(count, start + BATCH);
    const ids = Array.from({ length: end - start }, (_, k) => start + k);
    await db.query(sql, [ids, ...columns.map((c) => Array.from(ids, (i) => c[i] as number))]);
  }
}

/** Villages and sites as geography points, a GiST index on villages. Not timed. */
async function load(db: Database, net: Network): Promise<void> {
  await db.exec(`CREATE EXTENSION IF NOT EXISTS postgis;
    CREATE TEMP TABLE village (id int PRIMARY KEY, g geography(Point, 4326) NOT NULL);
    CREATE TEMP TABLE site (id int PRIMARY KEY, g geography(Point, 4326) NOT NULL,
      r0 float8, r1 float8, r2 float8, r3 float8, rmax float8)`);
  const v = net.villages;
  await insert(
    db,
    `INSERT INTO village SELECT id, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography
     FROM unnest($1::int[], $2::float8[], $3::float8[]) AS t(id, lon, lat)`,
    [v.lon, v.lat],
    v.lon.length,
  );
  const s = net.sites;
  const radius = (t: number) =>
    Float64Array.from({ length: s.lon.length }, (_, i) => s.radiusM[4 * i + t] ?? 0);
  await insert(
    db,
    `INSERT INTO site SELECT id, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography,
       r0, r1, r2, r3, greatest(r0, r1, r2, r3)
     FROM unnest($1::int[], $2::float8[], $3::float8[], $4::float8[], $5::float8[], $6::float8[],
       $7::float8[]) AS t(id, lon, lat, r0, r1, r2, r3)`,
    [s.lon, s.lat, radius(0), radius(1), radius(2), radius(3)],
    s.lon.length,
  );
  await db.exec('CREATE INDEX village_g ON village USING gist (g); ANALYZE village; ANALYZE site');
}

/**
 * The baseline: for every site, the villages within its largest radius (`ST_DWithin` on geography,
 * which uses the village GiST index), then one `ST_DWithin` per technology and its radius, OR-ed
 * into the same bitmask as ours. One statement; the covered set comes back as (id, bits) rows.
 */
const COVERAGE_SQL = `SELECT v.id, bit_or(
    (CASE WHEN s.r0 > 0 AND ST_DWithin(v.g, s.g, s.r0) THEN 1 ELSE 0 END)
  | (CASE WHEN s.r1 > 0 AND ST_DWithin(v.g, s.g, s.r1) THEN 2 ELSE 0 END)
  | (CASE WHEN s.r2 > 0 AND ST_DWithin(v.g, s.g, s.r2) THEN 4 ELSE 0 END)
  | (CASE WHEN s.r3 > 0 AND ST_DWithin(v.g, s.g, s.r3) THEN 8 ELSE 0 END)) AS bits
  FROM site s JOIN village v ON ST_DWithin(v.g, s.g, s.rmax)
  GROUP BY v.id`;

async function sqlCoverage(db: Database, villages: number): Promise<Uint8Array> {
  const rows = await db.query<{ id: number; bits: number }>(COVERAGE_SQL);
  const bits = new Uint8Array(villages);
  for (const r of rows) bits[r.id] = r.bits;
  return bits;
}

interface Verdict {
  compared: number;
  differing: number;
  /** Differences whose nearest-edge site is within 0.5 % of its radius (the brief's band). */
  withinBriefBand: number;
  /** PostGIS covered, ours not (spheroid shorter than the sphere). */
  sqlOnly: number;
}

/** Every village × technology must agree, except near a circle's edge (see BAND). */
function verify(net: Network, ours: CoverageResult, sql: Uint8Array): Verdict {
  const s = net.sites;
  const points = new Flatbush(s.lon.length);
  for (let i = 0; i < s.lon.length; i++) points.add(s.lon[i] as number, s.lat[i] as number);
  points.finish();
  const verdict: Verdict = { compared: 0, differing: 0, withinBriefBand: 0, sqlOnly: 0 };
  for (let v = 0; v < ours.villageCount; v++) {
    const lon = net.villages.lon[v] as number;
    const lat = net.villages.lat[v] as number;
    for (let t = 0; t < TECHNOLOGIES.length; t++) {
      verdict.compared++;
      const a = ((ours.covered[v] as number) >> t) & 1;
      const b = ((sql[v] as number) >> t) & 1;
      if (a === b) continue;
      // The smallest relative gap |d − r| / r over the sites offering t near this village.
      let gap = Number.POSITIVE_INFINITY;
      const box = radiusBBox(lon, lat, 36_000);
      for (const i of points.search(box.minLon, box.minLat, box.maxLon, box.maxLat)) {
        const r = s.radiusM[4 * i + t] ?? 0;
        if (r > 0)
          gap = Math.min(gap, Math.abs(haversineMetres(lon, lat, s.lon[i] ?? 0, s.lat[i] ?? 0) - r) / r);
      }
      if (gap > BAND) {
        throw new Error(
          `coverage.national: village ${v} ${TECHNOLOGIES[t]}: ours ${a}, PostGIS ${b}, ` +
            `but the nearest radius edge is ${(gap * 100).toFixed(3)} % away (band ${BAND * 100} %)`,
        );
      }
      verdict.differing++;
      if (gap <= BRIEF_BAND) verdict.withinBriefBand++;
      if (b === 1) verdict.sqlOnly++;
    }
  }
  return verdict;
}

const share = (r: CoverageResult, t: (typeof TECHNOLOGIES)[number]) =>
  ((100 * r.byTechnology[t].population) / r.totalPopulation).toFixed(1);

/**
 * Coverage of every village by every technology at national scale: our engine
 * (src/core/coverage: flatbush over site radius boxes, exact haversine per candidate, plus the
 * nearest site of every gap) vs PostGIS `ST_DWithin(village::geography, site::geography, radius)`
 * in PGlite over the same points, in the same run. Only the coverage computation is timed: ours from
 * columns (including building its index), PostGIS's query (its GiST index is built at load).
 */
export const coverageNational: Benchmark = {
  name: 'coverage.national',
  baseline: 'postgis.st_dwithin',
  async run() {
    let net: Network | undefined;
    const generateMs = await timed(() => {
      net = syntheticNetwork({ seed: SEED, communes: COMMUNES, villages: VILLAGES, sites: SITES });
    });
    if (net === undefined) throw new Error('coverage.national: no synthetic data');
    const data = net;
    const ours: number[] = [];
    const oursNoNearest: number[] = [];
    let result: CoverageResult | undefined;
    for (let run = 0; run < RUNS; run++) {
      ours.push(
        await timed(() => {
          result = coverageOfVillages(data.villages, data.sites);
        }),
      );
      oursNoNearest.push(
        await timed(() => coverageOfVillages(data.villages, data.sites, { nearest: false })),
      );
    }
    if (result === undefined) throw new Error('coverage.national: no result');
    const db = await openPgliteDatabase('memory://');
    try {
      const loadMs = await timed(() => load(db, data));
      const sql: number[] = [];
      let sqlBits: Uint8Array = new Uint8Array(0);
      for (let run = 0; run < BASELINE_RUNS; run++) {
        sql.push(
          await timed(async () => {
            sqlBits = await sqlCoverage(db, VILLAGES);
          }),
        );
      }
      const verdict = verify(data, result, sqlBits);
      const techs = data.sites.carriers.reduce(
        (counts, carriers) => {
          for (const c of carriers) counts[c.technology] = (counts[c.technology] ?? 0) + 1;
          return counts;
        },
        {} as Record<string, number>,
      );
      return {
        value: median(ours) / 1000,
        unit: 's',
        baseline_value: median(sql) / 1000,
        n: RUNS,
        note:
          `synthetic (seed ${SEED}): ${COMMUNES} commune centres in Vietnam's bbox, ${VILLAGES} villages, ` +
          `${SITES} sites (${TECHNOLOGIES.map((t) => `${t} ${techs[t] ?? 0}`).join(', ')}), radii by ` +
          `COST-231/Okumura–Hata at the default link budgets and the commune's density class; ` +
          `population covered ${TECHNOLOGIES.map((t) => `${t} ${share(result as CoverageResult, t)} %`).join(', ')}; ` +
          `ours: median of ${RUNS} incl. index build and nearest site of every gap ` +
          `(${(median(oursNoNearest) / 1000).toFixed(3)} s without), ${result.candidatesChecked} candidates; ` +
          `PostGIS: one ST_DWithin(geography) join over every village and site (no subsample), GiST on villages, ` +
          `median of ${BASELINE_RUNS}; covered sets: ${verdict.compared} village×technology pairs, ` +
          `${verdict.differing} differ (${verdict.sqlOnly} PostGIS-only), all within ${BAND * 100} % of a ` +
          `radius edge (spheroid vs sphere), ${verdict.withinBriefBand} within 0.5 %; ` +
          `generated in ${generateMs.toFixed(0)} ms, loaded into PGlite in ${(loadMs / 1000).toFixed(1)} s`,
      };
    } finally {
      await db.close();
    }
  },
};
