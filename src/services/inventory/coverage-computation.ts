import { OPERATORS, type SiteCarrier } from '../../core/assets/asset-model.ts';
import type { Environment } from '../../core/coverage/propagation.ts';
import { environmentForDensity, siteRadii } from '../../core/coverage/radius-model.ts';
import { type SiteColumns, TECH_COUNT } from '../../core/coverage/site-set.ts';
import { type CoverageResult, coverageOfVillages } from '../../core/coverage/village-coverage.ts';
import type { Database } from '../../db/database.ts';
import {
  InventoryReader,
  type SiteRecord,
  type VillageColumns,
} from '../../db/inventory/inventory-reader.ts';
import type { UnitCatalogue } from '../units/units-service.ts';

/**
 * The coverage engine's inputs built from the inventory (each site's radii from its carriers and its
 * commune's environment) and the full computation both `recompute` and a cold `afterSubmission` run.
 */

/** Sites as columns the coverage engine reads (`radiusM[4·s + t]`); 0 radii for a site not on air. */
export interface SiteTable extends SiteColumns {
  lon: Float64Array;
  lat: Float64Array;
  radiusM: Float64Array;
  operator: Int32Array;
}

/** Coverage computed from the inventory, with the inputs an incremental update needs. */
export interface Computed {
  catalogue: UnitCatalogue;
  villages: VillageColumns;
  villagesOfCommune: ReadonlyMap<number, readonly number[]>;
  environmentOf: (communeId: number) => Environment;
  /**
   * Site index → database id: every stored site (any status) in id order, new ones appended, so a
   * site keeps its index for good (the contract of core/coverage/incremental.ts) and index order is
   * id order, as in a full computation (ties go to the lower index).
   */
  siteIds: number[];
  siteIndex: Map<number, number>;
  /** Commune of each site index, to know which communes' site counts a change touches. */
  siteCommunes: number[];
  sites: SiteTable;
  result: CoverageResult;
}

/**
 * Reads every village and site and computes coverage in full (the radii as `applySites` does);
 * `onSites` hears how many sites are on air.
 */
export async function computeAll(
  db: Database,
  catalogue: UnitCatalogue,
  progress: (message: string) => void,
  onSites: (operating: number) => void = () => {},
): Promise<Computed> {
  progress('Đọc thôn, bản và trạm');
  const reader = new InventoryReader(db);
  const villages = await reader.villages();
  const records = await reader.sites();
  onSites(records.filter((r) => r.status === 'operating').length);
  const environmentOf = environments(catalogue, villages);
  const sites = siteTable(records.length);
  records.forEach((r, s) => {
    setSite(sites, s, r, environmentOf);
  });
  progress(`Tính vùng phủ của ${villages.ids.length.toLocaleString('vi-VN')} thôn, bản`);
  const result = coverageOfVillages(villages, sites);
  const villagesOfCommune = new Map<number, number[]>();
  villages.communeIds.forEach((c, v) => {
    let list = villagesOfCommune.get(c);
    if (!list) {
      list = [];
      villagesOfCommune.set(c, list);
    }
    list.push(v);
  });
  return {
    catalogue,
    villages,
    villagesOfCommune,
    environmentOf,
    siteIds: records.map((r) => r.id),
    siteIndex: new Map(records.map((r, s) => [r.id, s])),
    siteCommunes: records.map((r) => r.communeId),
    sites,
    result,
  };
}

/** The environment of each commune from its population density (people of its villages per km²). */
function environments(
  catalogue: UnitCatalogue,
  villages: VillageColumns,
): (communeId: number) => Environment {
  const byId = new Map(catalogue.units.map((u) => [u.id, u]));
  const people = new Map<number, number>();
  villages.communeIds.forEach((c, i) => {
    people.set(c, (people.get(c) ?? 0) + (villages.population[i] ?? 0));
  });
  return (communeId) => {
    const area = byId.get(communeId)?.areaKm2 ?? null;
    return environmentForDensity(area && area > 0 ? (people.get(communeId) ?? 0) / area : 0);
  };
}

export function siteTable(n: number): SiteTable {
  return {
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    radiusM: new Float64Array(n * TECH_COUNT),
    operator: new Int32Array(n),
  };
}

/** Site `s` of the table from its row: only a site on air serves anyone, others get radii 0. */
export function setSite(
  table: SiteTable,
  s: number,
  r: SiteRecord,
  environmentOf: (communeId: number) => Environment,
) {
  table.lon[s] = r.lon;
  table.lat[s] = r.lat;
  table.operator[s] = Math.max(0, OPERATORS.indexOf(r.operator as (typeof OPERATORS)[number]));
  if (r.status === 'operating') {
    const radii = siteRadii(
      { carriers: r.carriers as SiteCarrier[], antennaHeightM: r.antennaHeightM },
      environmentOf(r.communeId),
    );
    table.radiusM.set(radii, s * TECH_COUNT);
  } else {
    table.radiusM.fill(0, s * TECH_COUNT, (s + 1) * TECH_COUNT);
  }
}
