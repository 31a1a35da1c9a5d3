import { TECHNOLOGIES, type Technology } from '../../core/assets/asset-model.ts';
import type { CommuneAggregates } from '../../db/inventory/inventory-aggregates.ts';
import type { ComputedValue } from '../../db/plans/observation-repository.ts';
import type { StoredUnit } from '../../db/units/unit-row.ts';
import type { UnitCatalogue } from '../units/units-service.ts';
import { type CoverageTally, communeParts, type Part, partValue, rollUp } from './inventory-indicators.ts';

/**
 * The computed indicators of every current unit as parts (inventory-indicators.ts), and what changes
 * when only some communes' inputs changed: those communes, their provinces and the country are
 * summed again from the other units' parts, which stay as they were.
 */

// 4G or 5G: the plans' "băng rộng di động" (mobile broadband).
const BROADBAND_MASK = (1 << TECHNOLOGIES.indexOf('4G')) | (1 << TECHNOLOGIES.indexOf('5G'));

/** The current units as the roll-up walks them: communes, provinces with their children, the country. */
export interface UnitTree {
  communes: readonly StoredUnit[];
  communeIds: ReadonlySet<number>;
  provinces: readonly StoredUnit[];
  country: StoredUnit | undefined;
  /** Current units whose parent is the province, in catalogue order (the order of the sums). */
  childrenOf: ReadonlyMap<number, readonly number[]>;
  /** Current commune id → its province id. */
  provinceOf: ReadonlyMap<number, number>;
}

export function unitTree(catalogue: UnitCatalogue): UnitTree {
  const current = catalogue.units.filter((u) => u.validTo === null);
  const provinces = current.filter((u) => u.level === 'province');
  const childrenOf = new Map<number, number[]>(provinces.map((p) => [p.id, []]));
  for (const u of current) {
    if (u.parentId !== null) childrenOf.get(u.parentId)?.push(u.id);
  }
  const provinceOf = new Map<number, number>();
  for (const [p, children] of childrenOf) for (const c of children) provinceOf.set(c, p);
  const communes = current.filter((u) => u.level === 'commune');
  return {
    communes,
    communeIds: new Set(communes.map((c) => c.id)),
    provinces,
    country: current.find((u) => u.level === 'country'),
    childrenOf,
    provinceOf,
  };
}

/** The parts of a commune, province or the country, by unit id: what a computation run stores. */
export type UnitParts = Map<number, readonly Part[]>;

/** Coverage counts per commune from a result's covered masks, over the given villages (indices). */
export function communeTallies(
  covered: ArrayLike<number>,
  villages: { population: ArrayLike<number>; communeIds: ArrayLike<number> },
  indices: Iterable<number>,
): Map<number, CoverageTally> {
  const tallies = new Map<number, CoverageTally>();
  for (const v of indices) {
    const commune = villages.communeIds[v] as number;
    let tally = tallies.get(commune);
    if (!tally) {
      tally = {
        villages: 0,
        villagesWithMobileBroadband: 0,
        population: 0,
        populationCovered: { '2G': 0, '3G': 0, '4G': 0, '5G': 0 } satisfies Record<Technology, number>,
      };
      tallies.set(commune, tally);
    }
    const mask = covered[v] as number;
    const people = villages.population[v] as number;
    tally.villages++;
    tally.population += people;
    if (mask & BROADBAND_MASK) tally.villagesWithMobileBroadband++;
    TECHNOLOGIES.forEach((tech, t) => {
      if (mask & (1 << t)) tally.populationCovered[tech] += people;
    });
  }
  return tallies;
}

function provinceParts(
  tree: UnitTree,
  provinceId: number,
  parts: UnitParts,
  parks: ReadonlyMap<number, number>,
) {
  const children = (tree.childrenOf.get(provinceId) ?? []).map((c) => parts.get(c) ?? []);
  return [
    ...rollUp(children),
    { indicatorCode: 'IT_PARKS', numerator: parks.get(provinceId) ?? 0, denominator: null },
  ];
}

/** Every current unit's parts. */
export function allParts(
  tree: UnitTree,
  aggregates: ReadonlyMap<number, CommuneAggregates>,
  tallies: ReadonlyMap<number, CoverageTally>,
  parks: ReadonlyMap<number, number>,
): UnitParts {
  const parts: UnitParts = new Map();
  for (const c of tree.communes) parts.set(c.id, communeParts(aggregates.get(c.id), tallies.get(c.id)));
  for (const p of tree.provinces) parts.set(p.id, provinceParts(tree, p.id, parts, parks));
  if (tree.country) parts.set(tree.country.id, rollUp(tree.provinces.map((p) => parts.get(p.id) ?? [])));
  return parts;
}

/**
 * `previous` with the parts of `communes` (current communes) computed again, their provinces and the
 * country summed again; answers the new parts and the units recomputed. Sums run over the same
 * units in the same order as `allParts`, so the result is the same to the last bit.
 */
export function updatedParts(
  tree: UnitTree,
  previous: UnitParts,
  parks: ReadonlyMap<number, number>,
  communes: readonly number[],
  aggregates: ReadonlyMap<number, CommuneAggregates>,
  tallies: ReadonlyMap<number, CoverageTally>,
): { parts: UnitParts; units: number[] } {
  const parts: UnitParts = new Map(previous);
  const units: number[] = [];
  const provinces = new Set<number>();
  for (const c of communes) {
    parts.set(c, communeParts(aggregates.get(c), tallies.get(c)));
    units.push(c);
    const p = tree.provinceOf.get(c);
    if (p !== undefined) provinces.add(p);
  }
  for (const p of tree.provinces) {
    if (!provinces.has(p.id)) continue;
    parts.set(p.id, provinceParts(tree, p.id, parts, parks));
    units.push(p.id);
  }
  if (tree.country && units.length > 0) {
    parts.set(tree.country.id, rollUp(tree.provinces.map((p) => parts.get(p.id) ?? [])));
    units.push(tree.country.id);
  }
  return { parts, units };
}

export interface StoredValue {
  value: number;
  numerator: number | null;
  denominator: number | null;
}

/** What a unit's parts store as observations, by indicator code (indicators the catalogue lacks are not stored). */
export function valuesOf(
  parts: readonly Part[],
  scales: ReadonlyMap<string, number>,
): Map<string, StoredValue> {
  const values = new Map<string, StoredValue>();
  for (const part of parts) {
    const scale = scales.get(part.indicatorCode);
    if (scale === undefined) continue;
    const value = partValue(part, scale);
    if (value === null) continue;
    values.set(part.indicatorCode, {
      value,
      numerator: part.denominator === null ? null : part.numerator,
      denominator: part.denominator,
    });
  }
  return values;
}

/** Stored computed values grouped by unit. */
export function storedByUnit(rows: readonly ComputedValue[]): Map<number, Map<string, StoredValue>> {
  const out = new Map<number, Map<string, StoredValue>>();
  for (const r of rows) {
    let unit = out.get(r.unitId);
    if (!unit) {
      unit = new Map();
      out.set(r.unitId, unit);
    }
    unit.set(r.indicatorCode, { value: r.value, numerator: r.numerator, denominator: r.denominator });
  }
  return out;
}

export function sameValues(
  a: ReadonlyMap<string, StoredValue>,
  b: ReadonlyMap<string, StoredValue>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [code, x] of a) {
    const y = b.get(code);
    if (!y || x.value !== y.value || x.numerator !== y.numerator || x.denominator !== y.denominator)
      return false;
  }
  return true;
}
