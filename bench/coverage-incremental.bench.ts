import { TECHNOLOGIES } from '../src/core/assets/asset-model.ts';
import { updateCoverage } from '../src/core/coverage/incremental.ts';
import { mulberry32, syntheticNetwork } from '../src/core/coverage/synthetic-network.ts';
import { type CoverageResult, coverageOfVillages } from '../src/core/coverage/village-coverage.ts';
import { type Benchmark, median, timed } from './benchmark.ts';

const RUNS = 5;
const SEED = 20250701;
const CHANGED = 100;
const BROADBAND = (1 << TECHNOLOGIES.indexOf('4G')) | (1 << TECHNOLOGIES.indexOf('5G'));

/** Villages with mobile broadband and villages, per commune, for the given villages only. */
function tallyCommunes(
  result: CoverageResult,
  commune: Int32Array,
  villages: Iterable<number>,
  into: Map<number, [number, number]>,
) {
  for (const v of villages) {
    const c = commune[v] ?? 0;
    const t = into.get(c) ?? [0, 0];
    if ((result.covered[v] ?? 0) & BROADBAND) t[0]++;
    t[1]++;
    into.set(c, t);
  }
}

/**
 * An operator's submission changes 100 sites in one province: the coverage of the villages within
 * reach of those sites is updated (core/coverage/incremental.ts) and the village-coverage indicator
 * of the communes they lie in is re-tallied, against the baseline of recomputing everything (full
 * coverage plus every commune's tally) in the same run. Both must give the same covered sets.
 */
export const coverageIncremental: Benchmark = {
  name: 'coverage.incremental',
  baseline: 'full_recompute',
  async run() {
    const net = syntheticNetwork({ seed: SEED, communes: 3321, villages: 100_000, sites: 150_000 });
    // Indicators need only which villages are covered; the nearest site of each gap (for gap lists)
    // is maintained separately, so both sides here skip it.
    const base = coverageOfVillages(net.villages, net.sites, { nearest: false });
    // 100 sites of one area (~ a province): moved by up to 2 km and given 5G where they had none.
    const random = mulberry32(SEED + 1);
    const centre = { lon: 105.8, lat: 21.6 };
    const near = [...net.sites.lon.keys()]
      .filter(
        (i) =>
          Math.abs((net.sites.lon[i] ?? 0) - centre.lon) < 0.6 &&
          Math.abs((net.sites.lat[i] ?? 0) - centre.lat) < 0.6,
      )
      .slice(0, CHANGED);
    const after = {
      lon: Float64Array.from(net.sites.lon),
      lat: Float64Array.from(net.sites.lat),
      radiusM: Float64Array.from(net.sites.radiusM),
      operator: Int32Array.from(net.sites.operator),
    };
    for (const i of near) {
      after.lon[i] = (after.lon[i] ?? 0) + (random() - 0.5) * 0.04;
      after.lat[i] = (after.lat[i] ?? 0) + (random() - 0.5) * 0.04;
      after.radiusM[4 * i + 3] = Math.max(after.radiusM[4 * i + 3] ?? 0, 800);
    }
    // Static: which villages each commune has (built once, as the service keeps its catalogue).
    const villagesByCommune = new Map<number, number[]>();
    net.villages.commune.forEach((c, v) => {
      villagesByCommune.set(c, [...(villagesByCommune.get(c) ?? []), v]);
    });
    const ours: number[] = [];
    const full: number[] = [];
    let recomputed = 0;
    let communes = 0;
    let same = true;
    for (let run = 0; run < RUNS; run++) {
      let incremental: CoverageResult | undefined;
      ours.push(
        await timed(() => {
          const update = updateCoverage(base, net.villages, net.sites, after);
          incremental = update.result;
          recomputed = update.recomputedVillages;
          // Re-tally only the communes where some village's coverage changed.
          const touched = new Set<number>();
          const covered = update.result.covered;
          for (let v = 0; v < covered.length; v++) {
            if (covered[v] !== base.covered[v]) touched.add(net.villages.commune[v] ?? 0);
          }
          const tallies = new Map<number, [number, number]>();
          for (const c of touched)
            tallyCommunes(update.result, net.villages.commune, villagesByCommune.get(c) ?? [], tallies);
          communes = tallies.size;
        }),
      );
      let fresh: CoverageResult | undefined;
      full.push(
        await timed(() => {
          fresh = coverageOfVillages(net.villages, after, { nearest: false });
          tallyCommunes(fresh, net.villages.commune, net.villages.commune.keys(), new Map());
        }),
      );
      if (incremental && fresh && !incremental.covered.every((m, v) => m === fresh?.covered[v])) same = false;
    }
    if (!same) throw new Error('incremental coverage differs from a full recompute');
    return {
      value: median(ours) / 1000,
      unit: 's',
      baseline_value: median(full) / 1000,
      n: RUNS,
      note: `synthetic (seed ${SEED}): 100,000 villages, 150,000 sites, coverage flags only (no nearest-site search, both sides); ${near.length} sites changed near ${centre.lon}E ${centre.lat}N; ${recomputed} villages recomputed, ${communes} communes re-tallied; covered sets equal to a full recompute`,
    };
  },
};
