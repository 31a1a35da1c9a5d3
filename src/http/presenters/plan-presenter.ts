import type { StoredIndicator } from '../../db/plans/indicator-repository.ts';
import type { StoredObservation } from '../../db/plans/observation-repository.ts';
import type { StoredPlan, StoredTarget, UnitVersionRef } from '../../db/plans/plan-repository.ts';

/** A unit version as plans show it: code and validity, no database id. */
export function presentUnitRef(unit: UnitVersionRef) {
  return {
    code: unit.code,
    name: unit.name,
    fullName: unit.fullName,
    level: unit.level,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
  };
}

export function presentPlan(plan: StoredPlan) {
  return {
    id: plan.id,
    code: plan.code,
    titleVi: plan.titleVi,
    titleEn: plan.titleEn,
    issuer: plan.issuer,
    issuedOn: plan.issuedOn,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    visionYear: plan.visionYear,
    scopeUnit: presentUnitRef(plan.scopeUnit),
    parentPlanCode: plan.parentPlanCode,
    status: plan.status,
    sourceUrl: plan.sourceUrl,
    targetCount: plan.targetCount,
  };
}

export function presentTarget(target: StoredTarget) {
  return {
    id: target.id,
    planId: target.planId,
    position: target.position,
    indicatorCode: target.indicatorCode,
    scope:
      target.scope.kind === 'unit'
        ? { kind: 'unit' as const, unit: presentUnitRef(target.scope.unit) }
        : { kind: 'level' as const, level: target.scope.level },
    ...target.value,
    deadline: target.deadline,
    baseline: target.baseline,
    sourceClause: target.sourceClause,
    sourceUrl: target.sourceUrl,
  };
}

export function presentIndicator(indicator: StoredIndicator) {
  return { ...indicator };
}

export function presentObservation(o: StoredObservation) {
  return {
    id: o.id,
    indicatorCode: o.indicatorCode,
    unit: presentUnitRef(o.unit),
    period: o.period,
    periodEnd: o.periodEnd,
    value: o.value,
    numerator: o.numerator,
    denominator: o.denominator,
    estimated: o.estimated,
    provenance: o.provenance,
    note: o.note,
    recordedAt: o.recordedAt,
  };
}
