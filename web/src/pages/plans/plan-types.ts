import type { ConsistencyFinding, ConsistencySummary } from '../../../../src/core/plans/consistency-types.ts';
import type {
  Evaluation,
  PlanRef,
  ProgressStatus,
  TargetProgress,
  TargetRef,
  UnitRef,
} from '../../api/types.ts';

// The fields of the plan answers this folder reads beyond the shared ones in api/types.ts
// (see PlanProgress and ConsistencyReport in /api/openapi.json).

export type PlanStatus = 'draft' | 'in_force' | 'expired' | 'superseded';

export interface PlanSummary extends PlanRef {
  readonly visionYear: number | null;
  readonly parentPlanCode: string | null;
}

export interface PlanList {
  readonly items: readonly PlanSummary[];
  readonly total: number;
}

/** A target as the progress answer gives it: a single value, or a range (min–max). */
export interface PlanTarget extends TargetRef {
  readonly min?: number;
  readonly max?: number;
  readonly sourceUrl: string | null;
  readonly scope:
    | { readonly kind: 'unit'; readonly unit: UnitRef }
    | { readonly kind: 'level'; readonly level: string };
}

export interface PlanTargetProgress extends TargetProgress {
  readonly target: PlanTarget;
  readonly evaluations: readonly Evaluation[];
}

export interface PlanProgressAnswer {
  readonly plan: PlanSummary;
  readonly asOf: string;
  readonly unit: UnitRef | null;
  readonly summary: Readonly<Record<ProgressStatus, number>>;
  readonly targets: readonly PlanTargetProgress[];
}

export interface ConsistencyAnswer {
  readonly asOf: string;
  readonly nationalPlanCode: string;
  readonly provincialPlanCodes: readonly string[];
  readonly findings: readonly ConsistencyFinding[];
  readonly summary: ConsistencySummary;
  readonly text: string;
}
