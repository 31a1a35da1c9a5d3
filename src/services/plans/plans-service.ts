import { HatangError } from '../../core/errors/error-codes.ts';
import type { RawPlanSubmission, RawRecord } from '../../core/plans/plan-input.ts';
import type { Database, Queryable } from '../../db/database.ts';
import { IndicatorRepository, type StoredIndicator } from '../../db/plans/indicator-repository.ts';
import { PlanRepository, type StoredPlan, type StoredTarget } from '../../db/plans/plan-repository.ts';
import { writePlanTemplate } from '../../io/plans/write-plan-template.ts';
import { AuditService } from '../auth/audit-service.ts';
import { authorize } from '../auth/authorization.ts';
import type { Caller } from '../auth/caller.ts';
import type { UnitsService } from '../units/units-service.ts';
import { placeOfInput, placeOfPlan } from './plan-place.ts';
import { planSnapshot, storePlan, validateAgainst, validateTargetOf } from './plan-store.ts';

export interface PlanWithTargets {
  plan: StoredPlan;
  targets: StoredTarget[];
}

/** The fields of a stored plan as a submission record, so a single target can be validated in its context. */
export function planRecordOf(plan: StoredPlan): RawRecord {
  const unit = plan.scopeUnit;
  return {
    location: { row: 0 },
    fields: {
      code: plan.code,
      titleVi: plan.titleVi,
      titleEn: plan.titleEn,
      issuer: plan.issuer,
      issuedOn: plan.issuedOn,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      visionYear: plan.visionYear,
      scopeUnit: unit.code,
      // Any day the stored version was in force reads its code back to the same unit.
      scopeDate: unit.validFrom ?? unit.validTo ?? plan.issuedOn ?? `${plan.periodStart}-01-01`,
      parentPlan: plan.parentPlanCode,
      status: plan.status,
      sourceUrl: plan.sourceUrl,
    },
  };
}

/** Plans and their targets: read, create and replace whole (validated, all or nothing), edit target by target. */
export class PlansService {
  constructor(
    private readonly db: Database,
    private readonly units: UnitsService,
  ) {}

  async list(): Promise<StoredPlan[]> {
    return new PlanRepository(this.db).list();
  }

  /** A plan by numeric id or by its code (`36/QĐ-TTg`). */
  async require(idOrCode: string): Promise<StoredPlan> {
    const plans = new PlanRepository(this.db);
    const plan = /^\d+$/.test(idOrCode) ? await plans.findById(Number(idOrCode)) : null;
    const found = plan ?? (await plans.findByCode(idOrCode.normalize('NFC')));
    if (!found) throw new HatangError('PLAN_NOT_FOUND', { plan: idOrCode });
    return found;
  }

  async get(idOrCode: string): Promise<PlanWithTargets> {
    const plan = await this.require(idOrCode);
    return { plan, targets: await new PlanRepository(this.db).targets(plan.id) };
  }

  /** The XLSX template an officer fills in, with the current indicator catalogue in its drop-down. */
  async template(example: boolean): Promise<Buffer> {
    return writePlanTemplate({ indicators: await this.indicators(), example });
  }

  async indicators(): Promise<StoredIndicator[]> {
    return new IndicatorRepository(this.db).list();
  }

  async indicator(code: string): Promise<StoredIndicator> {
    const indicator = await new IndicatorRepository(this.db).findByCode(code);
    if (!indicator) throw new HatangError('INDICATOR_NOT_FOUND', { code });
    return indicator;
  }

  /** Validates without saving (a dry run): throws VALIDATION_FAILED with the row-level report. */
  async check(submission: RawPlanSubmission): Promise<void> {
    await validateAgainst(this.db, await this.units.catalogue(), submission);
  }

  /** Creates a plan with its targets; every problem of every row is reported and nothing is saved if any. */
  async create(caller: Caller, submission: RawPlanSubmission): Promise<PlanWithTargets> {
    const units = await this.units.catalogue();
    const input = await validateAgainst(this.db, units, submission);
    authorize(caller.actor, 'create_plan', placeOfInput(units, input.plan));
    return this.db.transaction(async (tx) => {
      const id = await storePlan(tx, units, input, null);
      const after = await snapshotOf(tx, id);
      await audit(tx, caller, 'plan.create', id, null, after);
      return after;
    });
  }

  /** Replaces a plan and all its targets (a corrected file re-imported). */
  async replace(caller: Caller, idOrCode: string, submission: RawPlanSubmission): Promise<PlanWithTargets> {
    const existing = await this.require(idOrCode);
    const units = await this.units.catalogue();
    authorize(caller.actor, 'update_plan', placeOfPlan(units, existing));
    const input = await validateAgainst(this.db, units, submission);
    authorize(caller.actor, 'update_plan', placeOfInput(units, input.plan));
    return this.db.transaction(async (tx) => {
      const before = await lockedSnapshotOf(tx, existing.id);
      await storePlan(tx, units, input, existing.id);
      const after = await snapshotOf(tx, existing.id);
      await audit(tx, caller, 'plan.replace', existing.id, before, after);
      return after;
    });
  }

  /** Creates, or replaces the plan with the same code: what `hatang plan import` does. */
  async upsert(
    caller: Caller,
    submission: RawPlanSubmission,
  ): Promise<PlanWithTargets & { created: boolean }> {
    const units = await this.units.catalogue();
    const input = await validateAgainst(this.db, units, submission);
    const existing = await new PlanRepository(this.db).findByCode(input.plan.code);
    if (existing) authorize(caller.actor, 'update_plan', placeOfPlan(units, existing));
    authorize(caller.actor, existing ? 'update_plan' : 'create_plan', placeOfInput(units, input.plan));
    return this.db.transaction(async (tx) => {
      const before = existing ? await lockedSnapshotOf(tx, existing.id) : null;
      const id = await storePlan(tx, units, input, existing?.id ?? null);
      const after = await snapshotOf(tx, id);
      await audit(tx, caller, existing ? 'plan.replace' : 'plan.create', id, before, after);
      return { ...after, created: !existing };
    });
  }

  async delete(caller: Caller, idOrCode: string): Promise<void> {
    const plan = await this.require(idOrCode);
    authorize(caller.actor, 'delete_plan', placeOfPlan(await this.units.catalogue(), plan));
    await this.db.transaction(async (tx) => {
      const before = await lockedSnapshotOf(tx, plan.id);
      const plans = new PlanRepository(tx);
      const children = (await plans.list()).filter((p) => p.parentPlanId === plan.id);
      if (children.length > 0)
        throw new HatangError('PLAN_IN_USE', { code: plan.code, count: children.length });
      await plans.delete(plan.id);
      await audit(tx, caller, 'plan.delete', plan.id, before, null);
    });
  }

  async addTarget(caller: Caller, idOrCode: string, record: RawRecord): Promise<StoredTarget> {
    const plan = await this.require(idOrCode);
    const units = await this.units.catalogue();
    authorize(caller.actor, 'update_plan', placeOfPlan(units, plan));
    const { row } = await validateTargetOf(this.db, units, planRecordOf(plan), record);
    return this.db.transaction(async (tx) => {
      const plans = new PlanRepository(tx);
      // The plan's lock also keeps two concurrent additions from taking the same position.
      if (!(await plans.lock(plan.id))) throw new HatangError('PLAN_NOT_FOUND', { plan: idOrCode });
      const id = await plans.insertTarget(plan.id, await plans.nextPosition(plan.id), row);
      const after = await targetOf(tx, id);
      await audit(tx, caller, 'target.create', id, null, after);
      return after;
    });
  }

  async requireTarget(id: number): Promise<StoredTarget> {
    return targetOf(this.db, id);
  }

  async replaceTarget(caller: Caller, id: number, record: RawRecord): Promise<StoredTarget> {
    const existing = await this.requireTarget(id);
    const plan = await this.require(String(existing.planId));
    const units = await this.units.catalogue();
    authorize(caller.actor, 'update_plan', placeOfPlan(units, plan));
    const { row } = await validateTargetOf(this.db, units, planRecordOf(plan), record);
    return this.db.transaction(async (tx) => {
      const before = await lockedTargetOf(tx, id);
      await new PlanRepository(tx).updateTarget(id, before.planId, before.position, row);
      const after = await targetOf(tx, id);
      await audit(tx, caller, 'target.update', id, before, after);
      return after;
    });
  }

  async deleteTarget(caller: Caller, id: number): Promise<void> {
    const existing = await this.requireTarget(id);
    const plan = await this.require(String(existing.planId));
    authorize(caller.actor, 'update_plan', placeOfPlan(await this.units.catalogue(), plan));
    await this.db.transaction(async (tx) => {
      const before = await lockedTargetOf(tx, id);
      if (!(await new PlanRepository(tx).deleteTarget(id))) throw new HatangError('TARGET_NOT_FOUND', { id });
      await audit(tx, caller, 'target.delete', id, before, null);
    });
  }
}

type PlanAuditAction =
  | 'plan.create'
  | 'plan.replace'
  | 'plan.delete'
  | 'target.create'
  | 'target.update'
  | 'target.delete';

/**
 * The audit entry of one plan or target write, written with the write's own transaction so the change
 * and its entry commit together or not at all. The entity is the action's prefix (`plan`, `target`).
 */
async function audit(
  tx: Queryable,
  caller: Caller,
  action: PlanAuditAction,
  id: number,
  before: PlanWithTargets | StoredTarget | null,
  after: PlanWithTargets | StoredTarget | null,
): Promise<void> {
  const [entity] = action.split('.');
  await new AuditService(tx).record(caller.context, {
    action,
    entity: entity ?? action,
    entityId: String(id),
    before,
    after,
  });
}

async function snapshotOf(tx: Queryable, id: number): Promise<PlanWithTargets> {
  const snapshot = await planSnapshot(tx, id);
  if (!snapshot) throw new HatangError('PLAN_NOT_FOUND', { plan: String(id) });
  return snapshot;
}

/** The plan with its targets, locked first: another write of it waits, so `before` is exactly what is replaced. */
async function lockedSnapshotOf(tx: Queryable, id: number): Promise<PlanWithTargets> {
  if (!(await new PlanRepository(tx).lock(id))) throw new HatangError('PLAN_NOT_FOUND', { plan: String(id) });
  return snapshotOf(tx, id);
}

async function targetOf(db: Queryable, id: number): Promise<StoredTarget> {
  const target = await new PlanRepository(db).findTarget(id);
  if (!target) throw new HatangError('TARGET_NOT_FOUND', { id });
  return target;
}

/**
 * A target after locking its plan: a concurrent replace of the whole plan (which drops and re-inserts
 * the targets) then finishes first and this edit finds the target gone, instead of auditing a stale row.
 */
async function lockedTargetOf(tx: Queryable, id: number): Promise<StoredTarget> {
  const target = await targetOf(tx, id);
  await new PlanRepository(tx).lock(target.planId);
  return targetOf(tx, id);
}
