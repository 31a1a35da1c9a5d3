import { mapThroughLineage, type SourceValue } from '../../core/indicators/lineage-mapping.ts';
import { parsePeriod, periodEndYear } from '../../core/periods/period.ts';
import type { Provenance } from '../../core/plans/plan-model.ts';
import type { SeriesPoint } from '../../core/progress/series.ts';
import type { IsoDate, UnitLineageRecord } from '../../core/units/admin-unit.ts';
import type { StoredIndicator } from '../../db/plans/indicator-repository.ts';
import type { StoredObservation } from '../../db/plans/observation-repository.ts';
import type { StoredUnit } from '../../db/units/unit-row.ts';
import type { UnitCatalogue } from '../units/units-service.ts';

export type PointSource = 'observed' | 'aggregated' | 'lineage';

/** A point of a unit's series and where it came from, so an evaluation can show its inputs. */
export interface ExplainedPoint extends SeriesPoint {
  period: string;
  source: PointSource;
  numerator: number | null;
  denominator: number | null;
  provenance: Provenance[];
  /** Units whose values made this point (children for aggregates, predecessors for lineage). */
  from: string[];
}

// When several kinds of source give the same period, the more authoritative wins: an approved
// submission, then a computation over the inventory, then a published source, then a manual entry.
const PRIORITY: Record<Provenance['kind'], number> = { submission: 0, computation: 1, source: 2, manual: 3 };

/** One observation per period, the most authoritative. */
export function bestPerPeriod(observations: readonly StoredObservation[]): StoredObservation[] {
  const best = new Map<string, StoredObservation>();
  for (const o of observations) {
    const current = best.get(o.period);
    if (!current || PRIORITY[o.provenance.kind] < PRIORITY[current.provenance.kind]) best.set(o.period, o);
  }
  return [...best.values()];
}

function axisYear(period: string): number | null {
  const parsed = parsePeriod(period);
  return parsed ? periodEndYear(parsed) : null;
}

/** Position of a date on the same axis as periods (2025-12-31 → 2025). */
export function dateAxisYear(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const at = Date.UTC(year, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + 86_400_000;
  return year - 1 + (at - start) / (end - start);
}

/**
 * The series of one indicator for one unit version, from the observations of that unit, its
 * children and its predecessors (all passed in, loaded by the caller in one query):
 * 1. the unit's own values;
 * 2. for periods it lacks, the roll-up of its children when every child has a value (a partial sum
 *    would understate the unit): counts sum, shares are Σnumerators/Σdenominators;
 * 3. for periods before the unit existed, its predecessors' values carried through the lineage
 *    (core/indicators/lineage-mapping.ts: full merges add up; splits are shared and `estimated`).
 */
export function unitSeries(
  indicator: StoredIndicator,
  unit: StoredUnit,
  observations: readonly StoredObservation[],
  catalogue: UnitCatalogue,
): ExplainedPoint[] {
  const points = new Map<string, ExplainedPoint>();
  const byUnit = new Map<number, StoredObservation[]>();
  for (const o of observations) {
    if (o.indicatorCode === indicator.code) byUnit.set(o.unit.id, [...(byUnit.get(o.unit.id) ?? []), o]);
  }
  for (const o of bestPerPeriod(byUnit.get(unit.id) ?? [])) {
    const year = axisYear(o.period);
    if (year === null) continue;
    points.set(o.period, {
      year,
      value: o.value,
      estimated: o.estimated,
      period: o.period,
      source: 'observed',
      numerator: o.numerator,
      denominator: o.denominator,
      provenance: [o.provenance],
      from: [unit.code],
    });
  }
  if (indicator.aggregation !== 'none') addChildAggregates(indicator, unit, byUnit, catalogue, points);
  addLineageValues(indicator, unit, byUnit, catalogue, points);
  return [...points.values()].sort((a, b) => a.year - b.year);
}

function addChildAggregates(
  indicator: StoredIndicator,
  unit: StoredUnit,
  byUnit: Map<number, StoredObservation[]>,
  catalogue: UnitCatalogue,
  points: Map<string, ExplainedPoint>,
): void {
  const children = seriesIndex(catalogue).children.get(unit.id) ?? [];
  if (children.length === 0) return;
  const perPeriod = new Map<string, StoredObservation[]>();
  for (const child of children) {
    for (const o of bestPerPeriod(byUnit.get(child.id) ?? []))
      perPeriod.set(o.period, [...(perPeriod.get(o.period) ?? []), o]);
  }
  for (const [period, values] of perPeriod) {
    const year = axisYear(period);
    if (points.has(period) || values.length < children.length || year === null) continue;
    let value = 0;
    let numerator = 0;
    let denominator = 0;
    if (indicator.aggregation === 'ratio') {
      if (values.some((v) => v.numerator === null || v.denominator === null)) continue;
      for (const v of values) {
        numerator += v.numerator ?? 0;
        denominator += v.denominator ?? 0;
      }
      if (denominator <= 0) continue;
      value = (indicator.scale * numerator) / denominator;
    } else {
      for (const v of values) value += v.value;
    }
    const ratio = indicator.aggregation === 'ratio';
    points.set(period, {
      year,
      value,
      estimated: values.some((v) => v.estimated),
      period,
      source: 'aggregated',
      numerator: ratio ? numerator : null,
      denominator: ratio ? denominator : null,
      provenance: values.map((v) => v.provenance),
      from: values.map((v) => v.unit.code),
    });
  }
}

function addLineageValues(
  indicator: StoredIndicator,
  unit: StoredUnit,
  byUnit: Map<number, StoredObservation[]>,
  catalogue: UnitCatalogue,
  points: Map<string, ExplainedPoint>,
): void {
  const index = seriesIndex(catalogue);
  const incoming = index.incoming.get(versionKey(unit.level, unit.code, unit.validFrom)) ?? [];
  if (incoming.length === 0) return;
  const predecessorKeys = new Set(incoming.map((l) => `${l.predecessor.level}|${l.predecessor.code}`));
  // Every link of those predecessors, so a split's shares are computed over all its successors.
  const links = inCatalogueOrder(predecessorKeys, index.outgoing);
  const predecessors = inCatalogueOrder(predecessorKeys, index.closedVersions);
  const perPeriod = new Map<string, { values: SourceValue[]; provenance: Provenance[] }>();
  for (const p of predecessors) {
    for (const o of bestPerPeriod(byUnit.get(p.id) ?? [])) {
      const entry = perPeriod.get(o.period) ?? { values: [], provenance: [] };
      entry.values.push({
        code: p.code,
        value: o.value,
        numerator: o.numerator,
        denominator: o.denominator,
        estimated: o.estimated,
      });
      entry.provenance.push(o.provenance);
      perPeriod.set(o.period, entry);
    }
  }
  for (const [period, { values, provenance }] of perPeriod) {
    const year = axisYear(period);
    if (points.has(period) || year === null) continue;
    const result = mapThroughLineage(indicator, values, links);
    const mapped = result.mapped.find((m) => m.code === unit.code);
    // A sum missing some predecessors would understate the unit: such a period is left out.
    if (!mapped || mapped.value === null || mapped.missing.length > 0) continue;
    points.set(period, {
      year,
      value: mapped.value,
      estimated: mapped.estimated,
      period,
      source: 'lineage',
      numerator: mapped.numerator,
      denominator: mapped.denominator,
      provenance,
      from: mapped.parts.map((p) => p.from),
    });
  }
}

/**
 * The catalogue arranged for the lookups of a series (children of a unit, lineage links into a
 * version, links and closed versions of a predecessor), built once per catalogue: UnitsService keeps
 * one catalogue, so a page of 3,321 communes costs map lookups instead of 3,321 scans of ~14,000 units
 * and their lineage. Lists keep the catalogue's order, so results equal those of a scan.
 */
interface SeriesIndex {
  children: Map<number, StoredUnit[]>;
  /** `level|code|validFrom` of a successor version → its incoming links, in lineage order. */
  incoming: Map<string, UnitLineageRecord[]>;
  /** `code|validFrom` of a successor version → its incoming links whatever the level (forUnit's rule). */
  incomingAnyLevel: Map<string, UnitLineageRecord[]>;
  /** `level|code` of a predecessor → its outgoing links with their position in the lineage. */
  outgoing: Map<string, Ordered<UnitLineageRecord>[]>;
  /** `level|code` → versions of that unit that ended, with their position in the catalogue. */
  closedVersions: Map<string, Ordered<StoredUnit>[]>;
}

interface Ordered<T> {
  item: T;
  position: number;
}

const versionKey = (level: string, code: string, validFrom: IsoDate | null) =>
  `${level}|${code}|${validFrom}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const indexes = new WeakMap<UnitCatalogue, SeriesIndex>();

function seriesIndex(catalogue: UnitCatalogue): SeriesIndex {
  const known = indexes.get(catalogue);
  if (known) return known;
  const index: SeriesIndex = {
    children: new Map(),
    incoming: new Map(),
    incomingAnyLevel: new Map(),
    outgoing: new Map(),
    closedVersions: new Map(),
  };
  catalogue.units.forEach((u, position) => {
    if (u.parentId !== null) push(index.children, u.parentId, u);
    if (u.validTo !== null) push(index.closedVersions, `${u.level}|${u.code}`, { item: u, position });
  });
  catalogue.lineage.forEach((l, position) => {
    const { successor, predecessor } = l;
    push(index.incoming, versionKey(successor.level, successor.code, successor.validFrom), l);
    push(index.incomingAnyLevel, `${successor.code}|${successor.validFrom}`, l);
    push(index.outgoing, `${predecessor.level}|${predecessor.code}`, { item: l, position });
  });
  indexes.set(catalogue, index);
  return index;
}

/** The entries of several keys merged back into catalogue (or lineage) order. */
function inCatalogueOrder<T>(keys: Iterable<string>, map: Map<string, Ordered<T>[]>): T[] {
  const entries: Ordered<T>[] = [];
  for (const key of keys) entries.push(...(map.get(key) ?? []));
  return entries.sort((a, b) => a.position - b.position).map((e) => e.item);
}

/**
 * Ids of the unit versions whose observations a unit's series reads: the unit, its children, and
 * the predecessor versions its incoming links name. What a caller loads before `unitSeries`; one
 * definition for the page of one unit and the batched values of many.
 */
export function seriesUnitIds(unit: StoredUnit, catalogue: UnitCatalogue): number[] {
  const index = seriesIndex(catalogue);
  const ids = new Set([unit.id]);
  for (const child of index.children.get(unit.id) ?? []) ids.add(child.id);
  for (const link of index.incomingAnyLevel.get(`${unit.code}|${unit.validFrom}`) ?? []) {
    for (const p of catalogue.byCode.get(link.predecessor.code) ?? []) {
      if (p.level === link.predecessor.level && p.validTo === link.predecessor.validTo) ids.add(p.id);
    }
  }
  return [...ids];
}
