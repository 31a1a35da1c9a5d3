/**
 * The unit side of the consistency check: resolving a plan's scope on `asOf`, following the lineage
 * to the units that took over a unit that ceased to exist (Bắc Kạn 06 → Thái Nguyên 19 on
 * 1 Jul 2025), and a `UnitLookup` built from the unit records the rest of the system loads.
 */
import {
  type AdminUnitRecord,
  type IsoDate,
  isValidOn,
  type LineageKind,
  UNIT_LEVELS,
  type UnitLineageRecord,
} from '../units/admin-unit.ts';
import { type Entry, linkEntries } from '../units/unit-graph.ts';
import type { DatedUnitRef, UnitLookup, UnitSuccessor, UnitVersion } from './consistency-types.ts';
import type { UnitRef } from './plan-model.ts';

/** Reorganisations followed at most, so a malformed lineage cycle cannot hang the check. */
const MAX_LINEAGE_STEPS = 8;

export const dated = (ref: UnitRef, asOf: IsoDate): DatedUnitRef => ({ code: ref.code, on: ref.on ?? asOf });

export const isGoneOn = (unit: UnitVersion, asOf: IsoDate): boolean =>
  unit.validTo !== null && unit.validTo < asOf;

export const sameVersion = (a: UnitVersion, b: UnitVersion): boolean =>
  a.code === b.code && a.level === b.level && a.validFrom === b.validFrom;

/**
 * The units in force on `asOf` that took over `ref`'s unit, following successors that ceased in turn.
 * A chain is `partial` as soon as one of its links is. Sorted by code.
 */
export function successorsOn(lookup: UnitLookup, ref: DatedUnitRef, asOf: IsoDate): UnitSuccessor[] {
  const found = new Map<string, UnitSuccessor>();
  const seen = new Set<string>();
  let frontier: { ref: DatedUnitRef; kind: LineageKind }[] = [{ ref, kind: 'full' }];
  for (let step = 0; step < MAX_LINEAGE_STEPS && frontier.length > 0; step++) {
    const next: typeof frontier = [];
    for (const item of frontier) {
      for (const s of lookup.successorsOf(item.ref)) {
        const kind: LineageKind = item.kind === 'full' && s.kind === 'full' ? 'full' : 'partial';
        const sRef: DatedUnitRef = { code: s.code, on: s.validFrom ?? asOf };
        const key = `${s.code}@${s.validFrom ?? ''}`;
        const version = lookup.describe(sRef);
        if (version !== null && isGoneOn(version, asOf)) {
          if (!seen.has(key)) next.push({ ref: sRef, kind });
          seen.add(key);
          continue;
        }
        const previous = found.get(key);
        if (previous === undefined || (previous.kind === 'partial' && kind === 'full')) {
          found.set(key, { ...s, kind });
        }
      }
    }
    frontier = next;
  }
  return [...found.values()].sort((a, b) => a.code.localeCompare(b.code));
}

const rank = (entry: Entry): number => UNIT_LEVELS.indexOf(entry.unit.level);

/**
 * A `UnitLookup` over unit records of every vintage and their lineage. A code read on a day names
 * the unit of the highest level with that code in force that day.
 */
export function unitLookupFromRecords(
  units: readonly AdminUnitRecord[],
  lineage: readonly UnitLineageRecord[],
): UnitLookup {
  const byCode = new Map<string, Entry[]>();
  for (const entry of linkEntries(units, lineage)) {
    const list = byCode.get(entry.unit.code) ?? [];
    list.push(entry);
    byCode.set(entry.unit.code, list);
  }
  const entryOf = (ref: DatedUnitRef): Entry | null => {
    let best: Entry | null = null;
    for (const entry of byCode.get(ref.code) ?? []) {
      if (!isValidOn(entry.unit, ref.on)) continue;
      if (best === null || rank(entry) < rank(best)) best = entry;
    }
    return best;
  };
  const version = (unit: AdminUnitRecord): UnitVersion => ({
    code: unit.code,
    name: unit.name,
    level: unit.level,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
  });
  return {
    describe: (ref) => {
      const entry = entryOf(ref);
      return entry === null ? null : version(entry.unit);
    },
    successorsOf: (ref) =>
      (entryOf(ref)?.successors ?? []).map(({ entry, kind }) => ({
        code: entry.unit.code,
        name: entry.unit.name,
        kind,
        validFrom: entry.unit.validFrom,
      })),
  };
}
