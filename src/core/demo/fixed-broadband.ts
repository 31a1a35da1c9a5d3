import type { FixedBroadbandAvailability, OperatorCode, Village } from '../assets/asset-model.ts';
import type { PreparedCommune } from './commune.ts';
import { rngFor } from './prng.ts';

/**
 * FTTH availability per village and operator. A village has fibre with a probability that depends on
 * where it is (wards 99.5 %, lowland communes 97 %, mountain communes 85 %, deliberately remote
 * villages 10 %); a fibre village has a share of its households passed (wards 88–100 %, lowland
 * 78–99 %, mountain 55–90 %). Tuned so about 85 % of households nationally can get fibre (85.1 % in
 * June 2025, see parameters.ts). Viettel and VNPT get a row for every village (ftth true or false);
 * other ISPs (FPT, CMC…, coded `OTHER`) a row only where they are present. All shares are assumptions.
 */
interface Profile {
  fibre: number;
  passedMin: number;
  passedMax: number;
  otherIsp: number;
}

function profileFor(commune: PreparedCommune, remote: boolean): Profile {
  if (remote) return { fibre: 0.1, passedMin: 0.3, passedMax: 0.7, otherIsp: 0 };
  if (commune.profile.kind === 'urban') return { fibre: 0.995, passedMin: 0.88, passedMax: 1, otherIsp: 0.8 };
  if (commune.profile.mountain) return { fibre: 0.85, passedMin: 0.55, passedMax: 0.9, otherIsp: 0.05 };
  return { fibre: 0.97, passedMin: 0.78, passedMax: 0.99, otherIsp: 0.4 };
}

export function generateFixedBroadband(
  seed: number,
  commune: PreparedCommune,
  villages: readonly Village[],
  remoteCodes: ReadonlySet<string>,
): FixedBroadbandAvailability[] {
  const rng = rngFor(seed, 'fixed-broadband', commune.profile.code);
  const rows: FixedBroadbandAvailability[] = [];
  for (const v of villages) {
    const p = profileFor(commune, remoteCodes.has(v.villageCode));
    const hasFibre = rng.chance(p.fibre);
    const passed = hasFibre ? Math.round(v.households * rng.range(p.passedMin, p.passedMax)) : 0;
    // One of the two incumbents leads (passes `passed`); the other passes part of it, or nothing.
    const leader: OperatorCode = rng.chance(0.5) ? 'VIETTEL' : 'VNPT';
    for (const operator of ['VIETTEL', 'VNPT'] as const) {
      const share = operator === leader ? 1 : rng.chance(0.75) ? rng.range(0.4, 1) : 0;
      const households = Math.round(passed * share);
      rows.push({
        villageCode: v.villageCode,
        operator,
        ftth: households > 0,
        householdsPassed: households,
        synthetic: true,
      });
    }
    if (hasFibre && rng.chance(p.otherIsp)) {
      const households = Math.round(passed * rng.range(0.3, 1));
      if (households > 0)
        rows.push({
          villageCode: v.villageCode,
          operator: 'OTHER',
          ftth: true,
          householdsPassed: households,
          synthetic: true,
        });
    }
  }
  return rows;
}
