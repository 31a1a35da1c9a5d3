import type { IsoDate, UnitLevel } from '../units/admin-unit.ts';

/**
 * The planning model of DESIGN.md: a Plan (a legal document) holds Targets, each on one Indicator
 * for a scope of units with a deadline; Observations are the measured values targets are judged by.
 * Units are named by code plus the date their code is read on, because codes are reused across the
 * 1 July 2025 reorganisation (province 19 before and after).
 */

export type Direction = 'higher' | 'lower';
export type IndicatorKind = 'computed' | 'reported';
/**
 * How values roll up the hierarchy: `sum` for counts; `ratio` for shares, whose numerator and
 * denominator are summed separately (a province's % is Σnum/Σden of its communes, never a mean of
 * %); `none` for figures that do not add up (speeds, ranks, delivery days): kept per unit only.
 */
export type Aggregation = 'sum' | 'ratio' | 'none';

export interface Indicator {
  code: string;
  nameVi: string;
  nameEn: string;
  /** Unit of measure as printed: `%`, `count`, `Mb/s`, `MW`, `rank`, `days`, `tonnes/day`. */
  unit: string;
  direction: Direction;
  /** Value that cannot be passed (100 for a share in %); null when unbounded. */
  naturalLimit: number | null;
  kind: IndicatorKind;
  aggregation: Aggregation;
  /** For ratios: value = scale × numerator / denominator (scale 100 for %). */
  scale: number;
  /** For ratios: what is counted above and below the line, in words (vi). */
  numeratorVi: string | null;
  denominatorVi: string | null;
  descriptionVi: string | null;
}

export type PlanStatus = 'draft' | 'in_force' | 'expired' | 'superseded';

/** A unit as a plan or an observation names it: code, read on a date (its version on that day). */
export interface UnitRef {
  code: string;
  /** Day the code is read on; null = today. */
  on: IsoDate | null;
}

export interface Plan {
  code: string;
  titleVi: string;
  titleEn: string | null;
  issuer: string;
  issuedOn: IsoDate | null;
  periodStart: number;
  periodEnd: number;
  visionYear: number | null;
  scope: UnitRef;
  parentPlanCode: string | null;
  status: PlanStatus;
  sourceUrl: string | null;
}

export type Comparator = '>=' | '<=' | '=';

export type TargetValue =
  | { comparator: Comparator; value: number }
  | { comparator: 'range'; min: number; max: number };

/** One unit, or every unit of a level inside the plan's scope. */
export type TargetScope = { kind: 'unit'; unit: UnitRef } | { kind: 'level'; level: UnitLevel };

export interface Target {
  planCode: string;
  indicatorCode: string;
  scope: TargetScope;
  value: TargetValue;
  deadline: IsoDate;
  baseline: { value: number; year: number } | null;
  /** The clause of the plan the target comes from, as written. */
  sourceClause: string | null;
  sourceUrl: string | null;
}

export type Provenance =
  | { kind: 'source'; url: string }
  | { kind: 'submission'; submissionId: number }
  | { kind: 'computation'; runId: number }
  | { kind: 'manual'; note: string | null };

export interface Observation {
  indicatorCode: string;
  unit: UnitRef;
  /** `2025`, `2025-Q2` or `2025-06`. */
  period: string;
  value: number;
  /** Present for ratio indicators, so the value can be re-aggregated. */
  numerator: number | null;
  denominator: number | null;
  /** True when mapped through a partial lineage link (split by a weight). */
  estimated: boolean;
  provenance: Provenance;
}
