import { mulberry32 } from '../src/core/coverage/synthetic-network.ts';
import {
  type LeafSeries,
  type RolledSeries,
  type RollupIndicator,
  rollup,
} from '../src/core/indicators/rollup.ts';
import { type TreeUnitInput, UnitTree } from '../src/core/indicators/unit-tree.ts';
import type { Database } from '../src/db/database.ts';
import { openPgliteDatabase } from '../src/db/pglite-database.ts';
import { type Benchmark, median, timed } from './benchmark.ts';

const RUNS = 5;
const SEED = 20250701;
const PROVINCES = 34;
const COMMUNES = 3321;
const MIN_VILLAGES = 100_000;
const PERIODS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
// Counts add up; shares roll up as Σnum/Σden (DESIGN.md: a province's % is a ratio of sums).
const INDICATORS: RollupIndicator[] = [
  { code: 'mobile_sites', aggregation: 'sum', scale: 1 },
  { code: 'sites_4g', aggregation: 'sum', scale: 1 },
  { code: 'sites_5g', aggregation: 'sum', scale: 1 },
  { code: 'ftth_ports', aggregation: 'sum', scale: 1 },
  { code: 'ftth_household_share', aggregation: 'ratio', scale: 100 },
  { code: 'pop_4g_share', aggregation: 'ratio', scale: 100 },
  { code: 'agency_tsl_share', aggregation: 'ratio', scale: 100 },
  { code: 'internet_household_share', aggregation: 'ratio', scale: 100 },
];
const BATCH = 20_000;
const RELATIVE_TOLERANCE = 1e-9;

interface Synthetic {
  tree: UnitTree;
  series: LeafSeries[];
  /** Per village: tree index, commune code, province code. */
  villages: { index: number; commune: string; province: string }[];
}

/** A synthetic country: 34 provinces, 3,321 communes, ~30 villages each (marked synthetic). */
function generate(): Synthetic {
  const rand = mulberry32(SEED);
  const units: TreeUnitInput[] = [{ code: 'VN', parentCode: null, level: 'country' }];
  const provinceCodes = Array.from({ length: PROVINCES }, (_, p) => String(p + 1).padStart(2, '0'));
  for (const code of provinceCodes) units.push({ code, parentCode: 'VN', level: 'province' });
  const communeProvince: string[] = [];
  const villageCounts: number[] = [];
  for (let c = 0; c < COMMUNES; c++) {
    // One commune per province first, so no province is empty; the rest fall anywhere.
    const province = provinceCodes[c < PROVINCES ? c : Math.floor(rand() * PROVINCES)] as string;
    communeProvince.push(province);
    villageCounts.push(15 + Math.floor(rand() * 32)); // 15–46 villages, mean ~30.5
    units.push({ code: `S${String(c).padStart(5, '0')}`, parentCode: province, level: 'commune' });
  }
  let total = villageCounts.reduce((s, v) => s + v, 0);
  for (; total < MIN_VILLAGES; total++) {
    const c = Math.floor(rand() * COMMUNES);
    villageCounts[c] = (villageCounts[c] ?? 0) + 1;
  }
  const villageCodes: { code: string; commune: string; province: string }[] = [];
  villageCounts.forEach((count, c) => {
    const commune = `S${String(c).padStart(5, '0')}`;
    for (let v = 0; v < count; v++) {
      const code = `${commune}${String(v).padStart(3, '0')}`;
      units.push({ code, parentCode: commune, level: 'village' });
      villageCodes.push({ code, commune, province: communeProvince[c] as string });
    }
  });
  const tree = UnitTree.build(units);
  const villages = villageCodes.map((v) => ({
    index: tree.indexOf(v.code),
    commune: v.commune,
    province: v.province,
  }));

  const series: LeafSeries[] = [];
  PERIODS.forEach((period, p) => {
    // Missing is not zero: ~2 % of communes skip a period entirely, ~3 % of villages miss a value.
    const silentCommune = new Set<string>();
    for (let c = 0; c < COMMUNES; c++) if (rand() < 0.02) silentCommune.add(`S${String(c).padStart(5, '0')}`);
    for (const indicator of INDICATORS) {
      const values = tree.column();
      const denominators = indicator.aggregation === 'ratio' ? tree.column() : undefined;
      const share = 0.3 + 0.6 * rand();
      for (const v of villages) {
        if (silentCommune.has(v.commune) || rand() < 0.03) continue;
        if (denominators === undefined) {
          values[v.index] = Math.floor(rand() * (6 + p));
        } else {
          // ~0.5 % of villages have no households at all: a zero denominator.
          const den = rand() < 0.005 ? 0 : 20 + Math.floor(rand() * 400);
          denominators[v.index] = den;
          values[v.index] = Math.round(den * Math.min(1, share + 0.3 * (rand() - 0.5)));
        }
      }
      series.push(denominators ? { indicator, period, values, denominators } : { indicator, period, values });
    }
  });
  return { tree, series, villages };
}

const col = (indicator: RollupIndicator, part: 'num' | 'den' | '') =>
  part ? `${indicator.code}_${part}` : indicator.code;
const COLUMNS = INDICATORS.flatMap((i) =>
  i.aggregation === 'ratio' ? [col(i, 'num'), col(i, 'den')] : [col(i, '')],
);

/** Loads one row per village × period (indicators as columns) into a temp table. Not timed. */
async function load(db: Database, data: Synthetic): Promise<number> {
  await db.exec(
    `CREATE TEMP TABLE village_value (village integer, commune text, province text, period text,
     ${COLUMNS.map((c) => `${c} float8`).join(', ')})`,
  );
  const rows: Record<string, string | number | null>[] = [];
  let loaded = 0;
  const flush = async () => {
    await db.query(
      `INSERT INTO village_value SELECT * FROM json_to_recordset($1::json) AS t(village integer, commune text,
       province text, period text, ${COLUMNS.map((c) => `${c} float8`).join(', ')})`,
      [JSON.stringify(rows)],
    );
    loaded += rows.length;
    rows.length = 0;
  };
  for (let p = 0; p < PERIODS.length; p++) {
    const periodSeries = data.series.slice(p * INDICATORS.length, (p + 1) * INDICATORS.length);
    for (const v of data.villages) {
      const row: Record<string, string | number | null> = {
        village: v.index,
        commune: v.commune,
        province: v.province,
        period: PERIODS[p] ?? '',
      };
      for (const s of periodSeries) {
        const value = s.values[v.index] ?? Number.NaN;
        const den = s.denominators?.[v.index];
        row[col(s.indicator, den === undefined ? '' : 'num')] = Number.isNaN(value) ? null : value;
        if (den !== undefined) row[col(s.indicator, 'den')] = Number.isNaN(den) ? null : den;
      }
      rows.push(row);
      if (rows.length === BATCH) await flush();
    }
  }
  if (rows.length > 0) await flush();
  return loaded;
}

type SqlRow = Record<string, number | string | null>;

/** The baseline: the same roll-up as three GROUP BY queries (commune, province, country). */
async function sqlRollup(db: Database): Promise<SqlRow[]> {
  const aggregates = INDICATORS.map((i) => {
    if (i.aggregation === 'sum') return `sum(${i.code}) AS ${i.code}, count(${i.code})::int AS ${i.code}_cov`;
    const n = col(i, 'num');
    const d = col(i, 'den');
    return `sum(${n}) AS ${n}, sum(${d}) AS ${d}, count(${n})::int AS ${i.code}_cov,
      CASE WHEN sum(${d}) = 0 THEN NULL ELSE ${i.scale} * sum(${n}) / sum(${d}) END AS ${i.code}`;
  }).join(', ');
  const out: SqlRow[] = [];
  for (const key of ['commune', 'province', "'VN'"]) {
    const groupBy = key.startsWith("'") ? 'period' : `${key}, period`;
    out.push(
      ...(await db.query<SqlRow>(
        `SELECT ${key} AS code, period, ${aggregates} FROM village_value GROUP BY ${groupBy}`,
      )),
    );
  }
  return out;
}

/** Fails loudly when ours and SQL disagree on any value, part or coverage above village level. */
function verify(tree: UnitTree, ours: RolledSeries[], sql: SqlRow[]): number {
  const byKey = new Map(sql.map((r) => [`${r.code}|${r.period}`, r]));
  const close = (a: number | null, b: number | null) =>
    a === null || b === null
      ? a === b
      : Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b), 1e-300);
  let compared = 0;
  for (const s of ours) {
    const indicator = INDICATORS.find((i) => i.code === s.indicatorCode) as RollupIndicator;
    for (let i = 0; i < tree.size; i++) {
      if (tree.levels[i] === 'village') continue;
      const code = tree.codes[i] as string;
      const row = byKey.get(`${code}|${s.period}`);
      const mine = s.get(code);
      // SQL has no row for a group without any village row; ours has coverage 0 there.
      const theirs = {
        value: (row?.[indicator.code] as number | null | undefined) ?? null,
        coverage: (row?.[`${indicator.code}_cov`] as number | undefined) ?? 0,
        numerator:
          indicator.aggregation === 'ratio'
            ? ((row?.[col(indicator, 'num')] as number | null | undefined) ?? null)
            : null,
        denominator:
          indicator.aggregation === 'ratio'
            ? ((row?.[col(indicator, 'den')] as number | null | undefined) ?? null)
            : null,
      };
      const ok =
        mine !== null &&
        close(mine.value, theirs.value) &&
        close(mine.numerator, theirs.numerator) &&
        close(mine.denominator, theirs.denominator) &&
        mine.coverage === theirs.coverage;
      if (!ok)
        throw new Error(
          `indicators.rollup: ours and SQL differ for ${s.indicatorCode} ${s.period} unit ${code}: ` +
            `${JSON.stringify(mine)} vs ${JSON.stringify(theirs)}`,
        );
      compared++;
    }
  }
  return compared;
}

/**
 * Recomputing every indicator at every level: our reverse pass over typed-array columns
 * (src/core/indicators/rollup.ts) vs. the same roll-up as SQL GROUP BY on PGlite over a temp table
 * of village values. Only the roll-up is timed on both sides (not generation, tree build or load).
 */
export const indicatorsRollup: Benchmark = {
  name: 'indicators.rollup',
  baseline: 'pglite.group_by',
  async run() {
    let data: Synthetic | undefined;
    const generateMs = await timed(() => {
      data = generate();
    });
    if (data === undefined) throw new Error('indicators.rollup: no synthetic data');
    const { tree, series } = data;
    const db = await openPgliteDatabase('memory://');
    try {
      let rows = 0;
      const loadMs = await timed(async () => {
        rows = await load(db, data as Synthetic);
        await db.exec('ANALYZE village_value');
      });
      const ours: number[] = [];
      const sql: number[] = [];
      let ourResult: RolledSeries[] = [];
      let sqlResult: SqlRow[] = [];
      for (let run = 0; run < RUNS; run++) {
        ours.push(
          await timed(() => {
            ourResult = rollup(tree, series);
          }),
        );
        sql.push(
          await timed(async () => {
            sqlResult = await sqlRollup(db);
          }),
        );
      }
      const compared = verify(tree, ourResult, sqlResult);
      const villages = data.villages.length;
      return {
        value: median(ours) / 1000,
        unit: 's',
        baseline_value: median(sql) / 1000,
        n: RUNS,
        note:
          `synthetic (seed ${SEED}): 1 country, ${PROVINCES} provinces, ${COMMUNES} communes, ${villages} villages (leaves); ` +
          `${INDICATORS.length} indicators (4 sum, 4 ratio) × ${PERIODS.length} periods = ${series.length} series, ~3 % leaves missing; ` +
          `SQL: 3 GROUP BY queries (commune, province, country) over ${rows} village×period rows; ` +
          `${compared} unit×series figures equal within ${RELATIVE_TOLERANCE} relative; ` +
          `generated in ${generateMs.toFixed(0)} ms, loaded into PGlite in ${(loadMs / 1000).toFixed(1)} s`,
      };
    } finally {
      await db.close();
    }
  },
};
