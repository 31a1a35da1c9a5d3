import { evaluateTarget, type TargetEvaluation } from '../../core/progress/evaluate-target.ts';
import type { ProgressStatus } from '../../core/progress/status.ts';
import { type IsoDate, isValidOn } from '../../core/units/admin-unit.ts';
import type { Database } from '../../db/database.ts';
import type { StoredIndicator } from '../../db/plans/indicator-repository.ts';
import { ObservationRepository } from '../../db/plans/observation-repository.ts';
import type { StoredPlan, StoredTarget } from '../../db/plans/plan-repository.ts';
import type { StoredUnit } from '../../db/units/unit-row.ts';
import type { UnitCatalogue, UnitsService } from '../units/units-service.ts';
import { dateAxisYear, type ExplainedPoint, seriesUnitIds, unitSeries } from './indicator-series.ts';
import type { PlansService } from './plans-service.ts';

export interface UnitEvaluation {
  unit: StoredUnit;
  evaluation: TargetEvaluation;
  series: ExplainedPoint[];
}

export interface TargetProgress {
  target: StoredTarget;
  indicator: StoredIndicator;
  evaluations: UnitEvaluation[];
}

export interface PlanProgress {
  plan: StoredPlan;
  asOf: IsoDate;
  unit: StoredUnit | null;
  targets: TargetProgress[];
  summary: Record<ProgressStatus, number>;
}

const STATUSES: ProgressStatus[] = [
  'achieved',
  'on_track',
  'acceleration_needed',
  'limited_progress',
  'deterioration',
  'insufficient_data',
];

/** Is `unit` inside `scope` (same unit, or a descendant)? Walks parents in the catalogue. */
function within(
  unit: StoredUnit,
  scope: { id: number; level: string },
  byId: Map<number, StoredUnit>,
): boolean {
  if (scope.level === 'country') return true;
  for (let u: StoredUnit | undefined = unit; u; u = u.parentId === null ? undefined : byId.get(u.parentId)) {
    if (u.id === scope.id) return true;
  }
  return false;
}

/**
 * Where each target of a plan stands, per unit, as of a date. Without `unit`, each target is judged
 * for its own scope (its unit, or every unit of its level inside the plan's scope). With `unit`,
 * every target is judged for that unit: a national share target applies to a province too.
 */
export class ProgressService {
  constructor(
    private readonly db: Database,
    private readonly units: UnitsService,
    private readonly plans: PlansService,
  ) {}

  async progress(planIdOrCode: string, options: { unit?: string; asOf?: IsoDate }): Promise<PlanProgress> {
    const asOf = options.asOf ?? this.units.today();
    const { plan, targets } = await this.plans.get(planIdOrCode);
    const unit = options.unit ? await this.units.requireVersion(options.unit, asOf) : null;
    const catalogue = await this.units.catalogue();
    const byId = new Map(catalogue.units.map((u) => [u.id, u]));
    const indicators = new Map((await this.plans.indicators()).map((i) => [i.code, i]));
    const asOfYear = dateAxisYear(asOf);

    const unitsFor = (target: StoredTarget): StoredUnit[] => {
      if (unit) return [unit];
      if (target.scope.kind === 'unit') {
        const scoped = byId.get(target.scope.unit.id);
        return scoped ? [scoped] : [];
      }
      const level = target.scope.level;
      const scope = byId.get(plan.scopeUnit.id);
      return catalogue.units.filter(
        (u) => u.level === level && isValidOn(u, asOf) && (!scope || within(u, scope, byId)),
      );
    };
    const evaluated = targets.map((target) => ({ target, units: unitsFor(target) }));
    const observations = await this.observationsFor(
      catalogue,
      evaluated.flatMap((e) => e.units),
      asOf,
    );

    const summary = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;
    const results: TargetProgress[] = [];
    for (const { target, units } of evaluated) {
      const indicator = indicators.get(target.indicatorCode);
      if (!indicator) continue;
      const evaluations = units.map((u) => {
        const series = unitSeries(indicator, u, observations, catalogue);
        const evaluation = evaluateTarget({
          indicator,
          target: { value: target.value, deadline: target.deadline, baseline: target.baseline },
          series: series.map(({ year, value, estimated }) => ({
            year,
            value,
            estimated: estimated === true,
          })),
          asOfYear,
        });
        summary[evaluation.status]++;
        return { unit: u, evaluation, series };
      });
      results.push({ target, indicator, evaluations });
    }
    return { plan, asOf, unit, targets: results, summary };
  }

  /**
   * Observations of the units, their direct children and their predecessors, in one query. The ids
   * come from `seriesUnitIds`, the same rule `unitSeries` reads by: a set grown while scanning the
   * catalogue once pulled every commune into a national plan's query (5-6 s instead of < 1 s).
   */
  private async observationsFor(catalogue: UnitCatalogue, units: readonly StoredUnit[], asOf: IsoDate) {
    const ids = new Set<number>();
    for (const u of new Set(units)) for (const id of seriesUnitIds(u, catalogue)) ids.add(id);
    return new ObservationRepository(this.db).ofUnits([...ids], asOf);
  }
}
