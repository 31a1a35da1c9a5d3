import type { StoredUnit } from '../../db/units/unit-row.ts';
import type { Language } from '../../i18n/messages.ts';
import type { ExplainedPoint } from '../../services/plans/indicator-series.ts';
import type { PlanProgress } from '../../services/plans/progress-service.ts';
import type { IndicatorValues, UnitIndicatorValue } from '../../services/plans/unit-indicators-service.ts';
import { presentPlan, presentTarget } from './plan-presenter.ts';
import { presentUnitBrief } from './unit-presenter.ts';

export function presentPoint(point: ExplainedPoint) {
  return {
    period: point.period,
    value: point.value,
    numerator: point.numerator,
    denominator: point.denominator,
    estimated: point.estimated === true,
    source: point.source,
    from: point.from,
    provenance: point.provenance,
  };
}

/** Progress of a plan: every evaluation with its inputs, formula values and explanation in both languages. */
export function presentProgress(progress: PlanProgress, language: Language) {
  return {
    plan: presentPlan(progress.plan),
    asOf: progress.asOf,
    unit: progress.unit ? presentUnitBrief(progress.unit) : null,
    summary: progress.summary,
    targets: progress.targets.map(({ target, indicator, evaluations }) => ({
      target: presentTarget(target),
      indicator: {
        code: indicator.code,
        nameVi: indicator.nameVi,
        nameEn: indicator.nameEn,
        unit: indicator.unit,
        direction: indicator.direction,
      },
      evaluations: evaluations.map(({ unit, evaluation, series }) => ({
        unit: presentUnitBrief(unit),
        status: evaluation.status,
        method: evaluation.method,
        reason: evaluation.reason,
        explanation: evaluation.explanation[language],
        explanations: evaluation.explanation,
        openSdg: evaluation.openSdg ?? null,
        escap: evaluation.escap ?? null,
        projection: evaluation.projection ?? null,
        range: evaluation.range ?? null,
        inputs: evaluation.inputs,
        series: series.map(presentPoint),
      })),
    })),
  };
}

export function presentUnitIndicator({ indicator, point }: UnitIndicatorValue) {
  return {
    indicator: {
      code: indicator.code,
      nameVi: indicator.nameVi,
      nameEn: indicator.nameEn,
      unit: indicator.unit,
      kind: indicator.kind,
      aggregation: indicator.aggregation,
    },
    ...presentPoint(point),
  };
}

/** A unit as a map legend names it. */
function presentMapUnit(unit: StoredUnit) {
  return { code: unit.code, name: unit.name, fullName: unit.fullName, nameEn: unit.nameEn };
}

/** One indicator over every unit of a level, for a choropleth: a value (or null) per unit. */
export function presentIndicatorValues(values: IndicatorValues) {
  const { indicator } = values;
  return {
    indicator: {
      code: indicator.code,
      nameVi: indicator.nameVi,
      nameEn: indicator.nameEn,
      unit: indicator.unit,
      direction: indicator.direction,
    },
    level: values.level,
    parent: values.parent ? presentMapUnit(values.parent) : null,
    period: values.period,
    periods: values.periods,
    items: values.items.map(({ unit, point }) => ({
      unit: { ...presentMapUnit(unit), level: unit.level },
      value: point?.value ?? null,
      numerator: point?.numerator ?? null,
      denominator: point?.denominator ?? null,
      estimated: point?.estimated === true,
      source: point?.source ?? null,
    })),
  };
}
