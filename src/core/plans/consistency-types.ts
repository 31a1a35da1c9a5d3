/**
 * Types of the consistency check of provincial plans against the national plan (consistency.ts).
 * Everything here is plain data: the checker is pure and the caller supplies the unit hierarchy
 * through the small `UnitLookup` interface.
 */
import type { IsoDate, LineageKind, UnitLevel } from '../units/admin-unit.ts';
import type { Indicator, Plan, Target, TargetValue } from './plan-model.ts';

export interface PlanWithTargets {
  plan: Plan;
  targets: readonly Target[];
}

/** A unit as the checker reads it: the version a code names on a given day. */
export interface UnitVersion {
  code: string;
  /** Name as it should appear in messages (`Bắc Kạn`). */
  name: string;
  level: UnitLevel;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

/** A unit that took over all (`full`) or part (`partial`) of a unit that ceased to exist. */
export interface UnitSuccessor {
  code: string;
  name: string;
  kind: LineageKind;
  /** First day of the successor; where to read its code (`19` names two provinces over time). */
  validFrom: IsoDate | null;
}

/** A unit reference whose reading day is known (refs with `on: null` are read on `asOf`). */
export interface DatedUnitRef {
  code: string;
  on: IsoDate;
}

/**
 * The caller's view of the unit hierarchy. Two questions suffice: which version a code names on a
 * day (validity, level and name follow from it) and which units directly succeeded that version.
 * `consistency-units.ts` builds one from AdminUnitRecord + UnitLineageRecord arrays.
 */
export interface UnitLookup {
  describe(ref: DatedUnitRef): UnitVersion | null;
  successorsOf(ref: DatedUnitRef): readonly UnitSuccessor[];
}

export interface ConsistencyInput {
  national: PlanWithTargets;
  /** One or more provincial plans (one per province): checks (a)–(d) run per plan, (e) over all. */
  provincial: readonly PlanWithTargets[];
  indicators: ReadonlyMap<string, Indicator>;
  units: UnitLookup;
  /** Day the hierarchy is judged on (units gone by then are reported with their successors). */
  asOf: IsoDate;
  /** Pairs of indicator codes that measure the same thing in the two plans (taken transitively). */
  equivalentIndicators?: readonly (readonly [string, string])[];
}

export type Severity = 'error' | 'warning' | 'info';

export const FINDING_KINDS = [
  'missing_counterpart',
  'weaker_than_national',
  'deadline_mismatch',
  'unit_mismatch',
  'deadline_outside_period',
  'scope_unit_gone',
  'scope_unit_unknown',
  'sum_outside_national',
  'unknown_indicator',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** A target named by its plan and its position in the plan's target list. */
export interface TargetRef {
  planCode: string;
  index: number;
  indicatorCode: string;
  deadline: IsoDate;
}

export interface LocalizedText {
  vi: string;
  en: string;
}

export interface FindingBase {
  severity: Severity;
  /** The provincial plan concerned; null for findings over several plans (sum_outside_national). */
  provincialPlanCode: string | null;
  national: TargetRef | null;
  provincial: TargetRef | null;
  values: { national: TargetValue | null; provincial: TargetValue | null };
  message: LocalizedText;
}

/** What makes a provincial target weaker: its value, its deadline, or both. */
export type WeaknessReason = 'value' | 'deadline';

export interface PlannedSum {
  min: number;
  max: number;
  contributions: { target: TargetRef; value: TargetValue }[];
}

export type ConsistencyFinding =
  | (FindingBase & { kind: 'missing_counterpart' })
  | (FindingBase & { kind: 'weaker_than_national'; reasons: WeaknessReason[] })
  | (FindingBase & { kind: 'deadline_mismatch' })
  | (FindingBase & { kind: 'unit_mismatch'; units: { national: string; provincial: string } })
  | (FindingBase & { kind: 'deadline_outside_period'; period: { start: number; end: number } })
  | (FindingBase & {
      kind: 'scope_unit_gone';
      /** The unit as the plan or target names it. */
      unit: UnitVersion;
      /** Units in force on `asOf` that took it over, following the lineage through later changes. */
      successors: UnitSuccessor[];
    })
  | (FindingBase & { kind: 'scope_unit_unknown'; ref: DatedUnitRef })
  | (FindingBase & { kind: 'sum_outside_national'; sum: PlannedSum; side: 'above' | 'below' | 'partly' })
  | (FindingBase & { kind: 'unknown_indicator'; indicatorCode: string });

export interface ConsistencySummary {
  total: number;
  bySeverity: Record<Severity, number>;
  byKind: Record<FindingKind, number>;
  /** Per provincial plan code: national targets that apply to it (see consistency.ts). */
  applicableNationalTargets: Record<string, number>;
  /** True when no finding is an error. */
  consistent: boolean;
}

export interface ConsistencyResult {
  asOf: IsoDate;
  nationalPlanCode: string;
  provincialPlanCodes: string[];
  findings: ConsistencyFinding[];
  summary: ConsistencySummary;
}
