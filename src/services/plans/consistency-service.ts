import { checkConsistency } from '../../core/plans/consistency.ts';
import { renderConsistencyReport } from '../../core/plans/consistency-text.ts';
import type { ConsistencyResult, PlanWithTargets } from '../../core/plans/consistency-types.ts';
import { unitLookupFromRecords } from '../../core/plans/consistency-units.ts';
import type { Plan, Target, UnitRef } from '../../core/plans/plan-model.ts';
import type { IsoDate } from '../../core/units/admin-unit.ts';
import type { StoredPlan, StoredTarget, UnitVersionRef } from '../../db/plans/plan-repository.ts';
import type { UnitsService } from '../units/units-service.ts';
import type { PlansService } from './plans-service.ts';

/**
 * Indicators that the national plan and provincial plans name differently but measure alike
 * (36/QĐ-TTg vs the Bắc Kạn 2023–2025 plan): a provincial target on one counts for the other.
 */
export const EQUIVALENT_INDICATORS: readonly (readonly [string, string])[] = [
  ['FBB_USERS_ACCESS', 'FBB_200MBPS'],
  ['FBB_VILLAGE_COVERAGE', 'VILLAGE_FTTH_COVERAGE'],
];

/** Any day the stored unit version was in force reads its code back to it. */
const refOf = (unit: UnitVersionRef): UnitRef => ({ code: unit.code, on: unit.validFrom ?? unit.validTo });

function toPlan(plan: StoredPlan): Plan {
  return {
    code: plan.code,
    titleVi: plan.titleVi,
    titleEn: plan.titleEn,
    issuer: plan.issuer,
    issuedOn: plan.issuedOn,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    visionYear: plan.visionYear,
    scope: refOf(plan.scopeUnit),
    parentPlanCode: plan.parentPlanCode,
    status: plan.status,
    sourceUrl: plan.sourceUrl,
  };
}

function toTarget(planCode: string, target: StoredTarget): Target {
  return {
    planCode,
    indicatorCode: target.indicatorCode,
    scope: target.scope.kind === 'unit' ? { kind: 'unit', unit: refOf(target.scope.unit) } : target.scope,
    value: target.value,
    deadline: target.deadline,
    baseline: target.baseline,
    sourceClause: target.sourceClause,
    sourceUrl: target.sourceUrl,
  };
}

export interface ConsistencyReport {
  result: ConsistencyResult;
  text: { vi: string; en: string };
}

/** Checks a provincial plan against the national plan (or any plan against another). */
export class ConsistencyService {
  constructor(
    private readonly units: UnitsService,
    private readonly plans: PlansService,
  ) {}

  async check(planIdOrCode: string, againstIdOrCode: string, asOf?: IsoDate): Promise<ConsistencyReport> {
    const [provincial, national] = await Promise.all([this.load(planIdOrCode), this.load(againstIdOrCode)]);
    const catalogue = await this.units.catalogue();
    const indicators = new Map((await this.plans.indicators()).map((i) => [i.code, i]));
    const result = checkConsistency({
      national,
      provincial: [provincial],
      indicators,
      units: unitLookupFromRecords(catalogue.units, catalogue.lineage),
      asOf: asOf ?? this.units.today(),
      equivalentIndicators: EQUIVALENT_INDICATORS,
    });
    return {
      result,
      text: { vi: renderConsistencyReport(result, 'vi'), en: renderConsistencyReport(result, 'en') },
    };
  }

  private async load(idOrCode: string): Promise<PlanWithTargets> {
    const { plan, targets } = await this.plans.get(idOrCode);
    return { plan: toPlan(plan), targets: targets.map((t) => toTarget(plan.code, t)) };
  }
}
