import type { Actor } from '../../core/auth/actor.ts';
import { HatangError } from '../../core/errors/error-codes.ts';
import type { RawPlanSubmission, RawRecord } from '../../core/plans/plan-input.ts';
import type { Database } from '../../db/database.ts';
import { IndicatorRepository, type StoredIndicator } from '../../db/plans/indicator-repository.ts';
import { PlanRepository, type StoredPlan, type StoredTarget } from '../../db/plans/plan-repository.ts';
import { writePlanTemplate } from '../../io/plans/write-plan-template.ts';
import { authorize } from '../auth/authorization.ts';
import type { UnitsService } from '../units/units-service.ts';
import { placeOfInput, placeOfPlan } from './plan-place.ts';
import { storePlan, validateAgainst, validateTargetOf } from './plan-store.ts';

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
  async create(actor: Actor, submission: RawPlanSubmission): Promise<PlanWithTargets> {
    const units = await this.units.catalogue();
    const input = await validateAgainst(this.db, units, submission);
    authorize(actor, 'create_plan', placeOfInput(units, input.plan));
    const id = await this.db.transaction((tx) => storePlan(tx, units, input, null));
    return this.get(String(id));
  }

  /** Replaces a plan and all its targets (a corrected file re-imported). */
  async replace(actor: Actor, idOrCode: string, submission: RawPlanSubmission): Promise<PlanWithTargets> {
    const existing = await this.require(idOrCode);
    const units = await this.units.catalogue();
    authorize(actor, 'update_plan', placeOfPlan(units, existing));
    const input = await validateAgainst(this.db, units, submission);
    authorize(actor, 'update_plan', placeOfInput(units, input.plan));
    await this.db.transaction((tx) => storePlan(tx, units, input, existing.id));
    return this.get(String(existing.id));
  }

  /** Creates, or replaces the plan with the same code: what `hatang plan import` does. */
  async upsert(actor: Actor, submission: RawPlanSubmission): Promise<PlanWithTargets & { created: boolean }> {
    const units = await this.units.catalogue();
    const input = await validateAgainst(this.db, units, submission);
    const existing = await new PlanRepository(this.db).findByCode(input.plan.code);
    if (existing) authorize(actor, 'update_plan', placeOfPlan(units, existing));
    authorize(actor, existing ? 'update_plan' : 'create_plan', placeOfInput(units, input.plan));
    const id = await this.db.transaction((tx) => storePlan(tx, units, input, existing?.id ?? null));
    return { ...(await this.get(String(id))), created: !existing };
  }

  async delete(actor: Actor, idOrCode: string): Promise<void> {
    const plan = await this.require(idOrCode);
    authorize(actor, 'delete_plan', placeOfPlan(await this.units.catalogue(), plan));
    const children = (await this.list()).filter((p) => p.parentPlanId === plan.id);
    if (children.length > 0)
      throw new HatangError('PLAN_IN_USE', { code: plan.code, count: children.length });
    await new PlanRepository(this.db).delete(plan.id);
  }

  async addTarget(actor: Actor, idOrCode: string, record: RawRecord): Promise<StoredTarget> {
    const plan = await this.require(idOrCode);
    const units = await this.units.catalogue();
    authorize(actor, 'update_plan', placeOfPlan(units, plan));
    const { row } = await validateTargetOf(this.db, units, planRecordOf(plan), record);
    const plans = new PlanRepository(this.db);
    const id = await plans.insertTarget(plan.id, await plans.nextPosition(plan.id), row);
    return this.requireTarget(id);
  }

  async requireTarget(id: number): Promise<StoredTarget> {
    const target = await new PlanRepository(this.db).findTarget(id);
    if (!target) throw new HatangError('TARGET_NOT_FOUND', { id });
    return target;
  }

  async replaceTarget(actor: Actor, id: number, record: RawRecord): Promise<StoredTarget> {
    const existing = await this.requireTarget(id);
    const plan = await this.require(String(existing.planId));
    const units = await this.units.catalogue();
    authorize(actor, 'update_plan', placeOfPlan(units, plan));
    const { row } = await validateTargetOf(this.db, units, planRecordOf(plan), record);
    await new PlanRepository(this.db).updateTarget(id, existing.planId, existing.position, row);
    return this.requireTarget(id);
  }

  async deleteTarget(actor: Actor, id: number): Promise<void> {
    const existing = await this.requireTarget(id);
    const plan = await this.require(String(existing.planId));
    authorize(actor, 'update_plan', placeOfPlan(await this.units.catalogue(), plan));
    if (!(await new PlanRepository(this.db).deleteTarget(id)))
      throw new HatangError('TARGET_NOT_FOUND', { id });
  }
}
