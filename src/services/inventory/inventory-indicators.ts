import type { Technology } from '../../core/assets/asset-model.ts';
import type { CommuneAggregates } from '../../db/inventory/inventory-aggregates.ts';

/**
 * The computed indicators of the plans (datasets/vn/ict-plans/indicators.json, kind `computed`) as
 * numerator/denominator or count per commune. Provinces and the country are sums of their communes'
 * parts (a share is Σnumerators/Σdenominators, DESIGN.md), done by `rollUp`.
 */
export interface Part {
  indicatorCode: string;
  /** For shares: the numerator; for counts: the value. */
  numerator: number;
  /** For shares: the denominator; null for counts. */
  denominator: number | null;
}

export interface CoverageTally {
  villages: number;
  villagesWithMobileBroadband: number;
  population: number;
  populationCovered: Record<Technology, number>;
}

const share = (indicatorCode: string, numerator: number, denominator: number): Part => ({
  indicatorCode,
  numerator,
  denominator,
});
const count = (indicatorCode: string, value: number): Part => ({
  indicatorCode,
  numerator: value,
  denominator: null,
});

export function communeParts(a: CommuneAggregates | undefined, c: CoverageTally | undefined): Part[] {
  const parts: Part[] = [];
  if (c && c.villages > 0) {
    // Mobile broadband = 4G or 5G (3G is not counted as broadband in the plans' sense).
    parts.push(share('VILLAGE_MBB_COVERAGE', c.villagesWithMobileBroadband, c.villages));
  }
  if (c && c.population > 0) {
    parts.push(share('MBB_4G_POP_COVERAGE', c.populationCovered['4G'], c.population));
    parts.push(share('MBB_5G_POP_COVERAGE', c.populationCovered['5G'], c.population));
  }
  if (!a) return parts;
  parts.push(count('MOBILE_SITES', a.sites), count('SITES_5G', a.sites5g));
  if (a.sites > 0) parts.push(share('BTS_SHARING', a.sharedSites, a.sites));
  if (a.sites4g > 0) parts.push(share('SITES_5G_TO_4G', a.sites5g, a.sites4g));
  if (a.villages > 0) {
    parts.push(share('VILLAGE_FTTH_COVERAGE', a.villagesWithFtth, a.villages));
    parts.push(share('FBB_VILLAGE_COVERAGE', a.villagesWithFtth, a.villages));
  }
  if (a.households > 0) parts.push(share('FTTH_HOUSEHOLD_READY', a.householdsPassed, a.households));
  if (a.communeCommittees > 0) {
    parts.push(share('COMMUNE_PC_SPECIALIZED_NET', a.communeCommitteesConnected, a.communeCommittees));
  }
  if (a.agencies > 0) parts.push(share('GOV_SPECIALIZED_NET', a.agenciesConnected, a.agencies));
  parts.push(count('DATA_CENTRES', a.dataCentres), count('DC_CAPACITY_MW', a.dataCentreMw));
  if (a.postalCapacity > 0) parts.push(count('POSTAL_CAPACITY', a.postalCapacity));
  return parts;
}

/** Adds parts of several units into one: counts sum, shares sum numerator and denominator separately. */
export function rollUp(partsOfUnits: Iterable<readonly Part[]>): Part[] {
  const sums = new Map<string, Part>();
  for (const parts of partsOfUnits) {
    for (const p of parts) {
      const sum = sums.get(p.indicatorCode);
      if (!sum) sums.set(p.indicatorCode, { ...p });
      else {
        sum.numerator += p.numerator;
        if (sum.denominator !== null && p.denominator !== null) sum.denominator += p.denominator;
      }
    }
  }
  return [...sums.values()];
}

/** The value a part stands for: scale·num/den for shares (scale 100 for %), the count otherwise. */
export function partValue(part: Part, scale: number): number | null {
  if (part.denominator === null) return part.numerator;
  return part.denominator > 0 ? (scale * part.numerator) / part.denominator : null;
}
