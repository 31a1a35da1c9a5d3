import { HatangError } from '../../core/errors/error-codes.ts';
import type { PlanInput, RawPlanSubmission, RawRecord, TargetInput } from '../../core/plans/plan-input.ts';
import { type PlanValidationContext, validatePlanSubmission } from '../../core/plans/validate-plan.ts';
import type { Queryable } from '../../db/database.ts';
import { IndicatorRepository, type StoredIndicator } from '../../db/plans/indicator-repository.ts';
import {
  PlanRepository,
  type StoredPlan,
  type StoredTarget,
  type TargetRow,
} from '../../db/plans/plan-repository.ts';
import { type UnitCatalogue, versionIn } from '../units/units-service.ts';

/** The checks a plan needs, answered from the unit catalogue and the indicator table already in memory. */
export function validationContext(
  units: UnitCatalogue,
  indicators: readonly StoredIndicator[],
  planCodes: ReadonlySet<string>,
): PlanValidationContext {
  const byCode = new Map<string, StoredIndicator>();
  for (const indicator of indicators) {
    byCode.set(indicator.code, indicator);
    for (const alias of indicator.planCodes) if (!byCode.has(alias)) byCode.set(alias, indicator);
  }
  return {
    findIndicator: (code) => byCode.get(code) ?? null,
    unitExists: (code, on) => versionIn(units, code, on) !== null,
    planExists: (code) => planCodes.has(code),
    unitWithin: (code, ancestor, on) => {
      // Up the parents of the version in force on the date (commune → province → VN).
      for (let unit = versionIn(units, code, on); unit; ) {
        if (unit.code === ancestor) return true;
        unit = unit.parentCode ? versionIn(units, unit.parentCode, on) : null;
      }
      return false;
    },
  };
}

function unitId(units: UnitCatalogue, code: string, on: string): number {
  const unit = versionIn(units, code, on);
  // Validation already checked every code: a miss here means the units changed in between.
  if (!unit) throw new HatangError('UNIT_NOT_FOUND', { code, date: on });
  return unit.id;
}

function targetRow(units: UnitCatalogue, target: TargetInput): TargetRow {
  return {
    indicatorCode: target.indicatorCode,
    scope:
      target.scope.kind === 'unit'
        ? { kind: 'unit', unitId: unitId(units, target.scope.unit.code, target.scope.unit.on ?? '') }
        : target.scope,
    value: target.value,
    deadline: target.deadline,
    baseline: target.baseline,
    sourceClause: target.sourceClause,
    sourceUrl: target.sourceUrl,
  };
}

/** Validates a submission against the database's units, indicators and plans, or throws VALIDATION_FAILED. */
export async function validateAgainst(
  db: Queryable,
  units: UnitCatalogue,
  submission: RawPlanSubmission,
): Promise<{ plan: PlanInput; targets: TargetInput[] }> {
  const indicators = await new IndicatorRepository(db).list();
  const plans = await new PlanRepository(db).list();
  const result = validatePlanSubmission(
    submission,
    validationContext(units, indicators, new Set(plans.map((p) => p.code))),
  );
  if (!result.ok) throw new HatangError('VALIDATION_FAILED', { count: result.errors.length }, result.errors);
  return { plan: result.plan, targets: result.targets };
}

/**
 * Writes a validated plan with all its targets, replacing the targets of `existingId` when given.
 * Call inside a transaction: a plan is stored whole or not at all.
 */
export async function storePlan(
  tx: Queryable,
  units: UnitCatalogue,
  input: { plan: PlanInput; targets: TargetInput[] },
  existingId: number | null,
): Promise<number> {
  const plans = new PlanRepository(tx);
  const parent = input.plan.parentPlanCode ? await plans.findByCode(input.plan.parentPlanCode) : null;
  const row = {
    code: input.plan.code,
    titleVi: input.plan.titleVi,
    titleEn: input.plan.titleEn,
    issuer: input.plan.issuer,
    issuedOn: input.plan.issuedOn,
    periodStart: input.plan.periodStart,
    periodEnd: input.plan.periodEnd,
    visionYear: input.plan.visionYear,
    scopeUnitId: unitId(units, input.plan.scopeUnitCode, input.plan.scopeDate),
    parentPlanId: parent?.id ?? null,
    status: input.plan.status,
    sourceUrl: input.plan.sourceUrl,
  };
  const sameCode = await plans.findByCode(row.code);
  if (sameCode && sameCode.id !== existingId) {
    throw new HatangError('PLAN_CODE_TAKEN', { code: row.code, id: sameCode.id });
  }
  let id: number;
  if (existingId === null) {
    id = await plans.insert(row);
  } else {
    id = existingId;
    await plans.update(id, row);
    await plans.deleteTargetsOf(id);
  }
  for (const [position, target] of input.targets.entries()) {
    await plans.insertTarget(id, position, targetRow(units, target));
  }
  return id;
}

/**
 * A plan as stored, with its targets (`null`: no such plan): the `before`/`after` of a plan's audit
 * entry, since replacing a plan replaces its targets too. Read it with the transaction's Queryable.
 */
export async function planSnapshot(
  db: Queryable,
  id: number,
): Promise<{ plan: StoredPlan; targets: StoredTarget[] } | null> {
  const plans = new PlanRepository(db);
  const plan = await plans.findById(id);
  return plan ? { plan, targets: await plans.targets(id) } : null;
}

/** Validates one target row in the context of its (stored) plan, for target-by-target edits. */
export async function validateTargetOf(
  db: Queryable,
  units: UnitCatalogue,
  planRecord: RawRecord,
  target: RawRecord,
): Promise<{ target: TargetInput; row: TargetRow }> {
  const { targets } = await validateAgainst(db, units, { plan: planRecord, targets: [target] });
  const [only] = targets;
  if (!only) throw new HatangError('INVALID_BODY', { reason_vi: 'thiếu chỉ tiêu', reason_en: 'no target' });
  return { target: only, row: targetRow(units, only) };
}
