/**
 * Links unit records of every vintage into a graph: each unit's province in its own vintage, and its
 * lineage successors and predecessors. Codes repeat across vintages (province 19 before and after
 * 1 Jul 2025), so every link is resolved on code + level + validity, never on code alone.
 */
import {
  type AdminUnitRecord,
  type IsoDate,
  isValidOn,
  type LineageKind,
  UNIT_LEVELS,
  type UnitLevel,
  type UnitLineageRecord,
} from './admin-unit.ts';

export interface Entry {
  /** Position in the array `linkEntries` returns. */
  readonly id: number;
  readonly unit: AdminUnitRecord;
  /** The province-level unit this unit lies in, in its own vintage (itself for a province). */
  province: Entry | null;
  readonly successors: { entry: Entry; kind: LineageKind }[];
  readonly predecessors: Entry[];
  /**
   * Ids of the provinces a `province=` filter may name to reach this unit: its own; for an old unit,
   * the provinces of its successors and the successors of its province (old Bắc Kạn commune ↔
   * Thái Nguyên); for a new unit, the provinces of its predecessors (spreadsheets written after the
   * merge often keep the old province column).
   */
  readonly provinceScope: Set<number>;
}

const START = '0000-01-01';
const END = '9999-12-31';
const rank = (level: UnitLevel): number => UNIT_LEVELS.indexOf(level);

function overlaps(a: AdminUnitRecord, b: AdminUnitRecord): boolean {
  return (a.validFrom ?? START) <= (b.validTo ?? END) && (b.validFrom ?? START) <= (a.validTo ?? END);
}

export function linkEntries(
  units: readonly AdminUnitRecord[],
  lineage: readonly UnitLineageRecord[],
): Entry[] {
  const entries: Entry[] = units.map((unit, id) => ({
    id,
    unit,
    province: null,
    successors: [],
    predecessors: [],
    provinceScope: new Set(),
  }));
  const byCode = new Map<string, Entry[]>();
  for (const entry of entries) {
    const list = byCode.get(entry.unit.code) ?? [];
    list.push(entry);
    byCode.set(entry.unit.code, list);
  }

  /** The closest higher-level unit with the parent's code whose validity overlaps the child's. */
  const parentOf = (entry: Entry): Entry | null => {
    const { parentCode, level } = entry.unit;
    if (parentCode === null) return null;
    let best: Entry | null = null;
    for (const candidate of byCode.get(parentCode) ?? []) {
      if (rank(candidate.unit.level) >= rank(level) || !overlaps(candidate.unit, entry.unit)) continue;
      if (best === null || rank(candidate.unit.level) > rank(best.unit.level)) best = candidate;
    }
    return best;
  };
  for (const entry of entries) {
    let cursor: Entry | null = entry;
    // Bounded walk: a malformed parent cycle must not hang the build.
    for (let depth = 0; cursor !== null && depth < UNIT_LEVELS.length; depth++) {
      if (cursor.unit.level === 'province') {
        entry.province = cursor;
        break;
      }
      cursor = parentOf(cursor);
    }
  }

  /**
   * The unit a lineage end refers to: same code and level with the recorded boundary date; failing that
   * (data sets that leave a boundary open), the one in force on the day the boundary implies.
   */
  const find = (
    code: string,
    level: UnitLevel,
    boundary: 'validTo' | 'validFrom',
    value: IsoDate | null,
    day: IsoDate,
  ): Entry | null => {
    let fallback: Entry | null = null;
    for (const e of byCode.get(code) ?? []) {
      if (e.unit.level !== level) continue;
      if (e.unit[boundary] === value) return e;
      if (fallback === null && isValidOn(e.unit, day)) fallback = e;
    }
    return fallback;
  };
  // Lineage records share a handful of effective dates: compute each day-before once.
  const dayBefores = new Map<IsoDate, IsoDate>();
  for (const link of lineage) {
    let before = dayBefores.get(link.effective);
    if (before === undefined) {
      before = dayBefore(link.effective);
      dayBefores.set(link.effective, before);
    }
    const { predecessor: p, successor: s } = link;
    const predecessor = find(p.code, p.level, 'validTo', p.validTo, before);
    const successor = find(s.code, s.level, 'validFrom', s.validFrom, link.effective);
    if (predecessor === null || successor === null || predecessor === successor) continue;
    if (!predecessor.successors.some((x) => x.entry === successor)) {
      predecessor.successors.push({ entry: successor, kind: link.kind });
    }
    if (!successor.predecessors.includes(predecessor)) successor.predecessors.push(predecessor);
  }

  for (const entry of entries) {
    const scope = entry.provinceScope;
    if (entry.province !== null) scope.add(entry.province.id);
    for (const { entry: s } of entry.successors) if (s.province !== null) scope.add(s.province.id);
    for (const { entry: s } of entry.province?.successors ?? []) scope.add(s.id);
    for (const p of entry.predecessors) if (p.province !== null) scope.add(p.province.id);
  }
  return entries;
}

/** `YYYY-MM-DD` minus one day, in UTC (calendar arithmetic only, no clock). */
function dayBefore(date: IsoDate): IsoDate {
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t)) return date;
  return new Date(t - 86_400_000).toISOString().slice(0, 10);
}
