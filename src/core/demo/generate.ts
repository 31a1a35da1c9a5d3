import type {
  DataCentre,
  FixedBroadbandAvailability,
  ItPark,
  MobileSite,
  NetworkConnection,
  PostalFacility,
  Village,
} from '../assets/asset-model.ts';
import { buildCalibration, type CalibrationReport } from './calibration.ts';
import { equipSites } from './carriers.ts';
import { type DemoCommuneInput, type PreparedCommune, prepareCommunes, profileOf } from './commune.ts';
import {
  generateConnections,
  generateDataCentres,
  generateItParks,
  generatePostalFacilities,
} from './facilities.ts';
import { generateFixedBroadband } from './fixed-broadband.ts';
import { PointGrid } from './geometry.ts';
import { fitNormalization, type Normalization } from './normalization.ts';
import { VIETNAM_2025_NORMALIZATION } from './normalization-constants.ts';
import { type DemoParameters, VIETNAM_2025 } from './parameters.ts';
import { exclusionKm } from './pockets.ts';
import { type PlacementStats, placeSites } from './sites.ts';
import { type CommuneVillages, generateVillages, planPockets } from './villages.ts';

export interface DemoOptions {
  /** Calibration figures; Vietnam 2025 by default. */
  parameters?: DemoParameters;
  /**
   * National constants of the per-commune model. Default: the stored Vietnam 2025 constants when the
   * parameters are the default ones, else fitted on the input (`'fit-to-input'`, right when the input
   * is a whole country).
   */
  normalization?: Normalization | 'fit-to-input';
}

export interface DemoInventoryInput {
  seed: number;
  communes: readonly DemoCommuneInput[];
  /** Multiplier on counts of villages and sites (people are unchanged); 1 = national calibration. */
  scale?: number;
  options?: DemoOptions;
}

export interface DemoInventory {
  synthetic: true;
  seed: number;
  scale: number;
  villages: Village[];
  /** Villages deliberately left with no site within `remoteGuardKm` (see DEMO-DATA.md). */
  remoteVillageCodes: string[];
  mobileSites: MobileSite[];
  fixedBroadband: FixedBroadbandAvailability[];
  dataCentres: DataCentre[];
  itParks: ItPark[];
  postalFacilities: PostalFacility[];
  networkConnections: NetworkConnection[];
  calibration: CalibrationReport;
}

function resolveNormalization(input: DemoInventoryInput, params: DemoParameters): Normalization {
  const option = input.options?.normalization;
  if (option !== undefined && option !== 'fit-to-input') return option;
  if (option === undefined && params === VIETNAM_2025) return VIETNAM_2025_NORMALIZATION;
  return fitNormalization(
    input.communes.map((c) => profileOf(c, params)),
    params,
  );
}

/**
 * A seeded, calibrated synthetic inventory inside the real commune polygons. Pure and deterministic:
 * the same input gives byte-identical output. Every record is marked `synthetic: true`.
 */
export function generateDemoInventory(input: DemoInventoryInput): DemoInventory {
  const params = input.options?.parameters ?? VIETNAM_2025;
  const scale = input.scale ?? 1;
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`Hệ số quy mô không hợp lệ: ${scale}`);
  if (!Number.isInteger(input.seed)) throw new Error(`Hạt giống phải là số nguyên: ${input.seed}`);
  const normalization = resolveNormalization(input, params);
  const communes = prepareCommunes(input.communes, params, normalization);
  const seed = input.seed;

  const exclusion = exclusionKm(params);
  const plans = communes.map((c) => planPockets(seed, c, scale));
  const pocketGrid = new PointGrid(0.1);
  for (const plan of plans) for (const p of plan.pockets) pocketGrid.add(p);
  const villagesOf = new Map<string, CommuneVillages>();
  const guard = new PointGrid(0.1);
  communes.forEach((c, i) => {
    const plan = plans[i] ?? { villages: 0, pockets: [], remotePositions: [] };
    const v = generateVillages(seed, c, plan, pocketGrid, exclusion);
    villagesOf.set(c.profile.code, v);
    for (const r of v.remote) guard.add(r.position);
  });

  const stats: PlacementStats = {
    budget: 0,
    coverageSites: 0,
    overshoot: 0,
    dropped: 0,
    collateralUncovered: 0,
  };
  const counters = new Map<string, number>();
  const mobileSites: MobileSite[] = [];
  const fixedBroadband: FixedBroadbandAvailability[] = [];
  const villages: Village[] = [];
  const remoteVillageCodes: string[] = [];
  for (const c of communes) {
    const v = villagesOf.get(c.profile.code) ?? { villages: [], remote: [] };
    villages.push(...v.villages);
    const remoteCodes = new Set(v.remote.map((r) => r.villageCode));
    remoteVillageCodes.push(...remoteCodes);
    const placed = placeSites(seed, c, v, scale, params, guard);
    for (const k of Object.keys(stats) as (keyof PlacementStats)[]) stats[k] += placed.stats[k];
    for (const s of equipSites(seed, c, placed.drafts, params)) {
      const key = `${s.operator}-${s.provinceCode}`;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      mobileSites.push({
        siteCode: `${key}-${String(n).padStart(5, '0')}`,
        operator: s.operator,
        position: s.position,
        communeCode: s.communeCode,
        carriers: s.carriers,
        antennaHeightM: s.antennaHeightM,
        shared: s.shared,
        tenants: s.tenants,
        status: s.status,
        onAirDate: s.onAirDate,
        decommissionedDate: s.decommissionedDate,
        synthetic: true,
      });
    }
    fixedBroadband.push(...generateFixedBroadband(seed, c, v.villages, remoteCodes));
  }

  const byProvince = new Map<string, PreparedCommune[]>();
  for (const c of communes) {
    const list = byProvince.get(c.profile.provinceCode);
    if (list) list.push(c);
    else byProvince.set(c.profile.provinceCode, [c]);
  }
  const parts = {
    villages,
    remoteVillageCodes,
    mobileSites,
    fixedBroadband,
    dataCentres: generateDataCentres(seed, byProvince, params),
    itParks: generateItParks(seed, new Set(byProvince.keys())),
    postalFacilities: generatePostalFacilities(seed, byProvince),
    networkConnections: generateConnections(seed, communes, params),
  };
  const calibration = buildCalibration({ seed, scale, params, communes, stats, ...parts });
  return { synthetic: true, seed, scale, ...parts, calibration };
}
