import type { PlanStatus, TargetScope, TargetValue } from '../../core/plans/plan-model.ts';
import type { IsoDate, UnitLevel } from '../../core/units/admin-unit.ts';
import type { Queryable } from '../database.ts';

/** The version of a unit a plan or target names: its code and validity, so old units stay recognisable. */
export interface UnitVersionRef {
  id: number;
  code: string;
  name: string;
  fullName: string;
  level: UnitLevel;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

export interface StoredPlan {
  id: number;
  code: string;
  titleVi: string;
  titleEn: string | null;
  issuer: string;
  issuedOn: IsoDate | null;
  periodStart: number;
  periodEnd: number;
  visionYear: number | null;
  scopeUnit: UnitVersionRef;
  parentPlanId: number | null;
  parentPlanCode: string | null;
  status: PlanStatus;
  sourceUrl: string | null;
  targetCount: number;
}

export interface StoredTarget {
  id: number;
  planId: number;
  position: number;
  indicatorCode: string;
  scope: { kind: 'unit'; unit: UnitVersionRef } | { kind: 'level'; level: UnitLevel };
  value: TargetValue;
  deadline: IsoDate;
  baseline: { value: number; year: number } | null;
  sourceClause: string | null;
  sourceUrl: string | null;
}

export interface PlanRow {
  code: string;
  titleVi: string;
  titleEn: string | null;
  issuer: string;
  issuedOn: IsoDate | null;
  periodStart: number;
  periodEnd: number;
  visionYear: number | null;
  scopeUnitId: number;
  parentPlanId: number | null;
  status: PlanStatus;
  sourceUrl: string | null;
}

export interface TargetRow {
  indicatorCode: string;
  scope: { kind: 'unit'; unitId: number } | { kind: 'level'; level: UnitLevel };
  value: TargetValue;
  deadline: IsoDate;
  baseline: { value: number; year: number } | null;
  sourceClause: string | null;
  sourceUrl: string | null;
}

const unitJson = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'code', ${alias}.code, 'name', ${alias}.name, 'fullName', ${alias}.full_name,
    'level', ${alias}.level, 'validFrom', ${alias}.valid_from, 'validTo', ${alias}.valid_to)`;

const PLAN_SELECT = `SELECT p.id, p.code, p.title_vi AS "titleVi", p.title_en AS "titleEn", p.issuer,
    p.issued_on AS "issuedOn", p.period_start AS "periodStart", p.period_end AS "periodEnd",
    p.vision_year AS "visionYear", ${unitJson('u')} AS "scopeUnit", p.parent_plan_id AS "parentPlanId",
    pp.code AS "parentPlanCode", p.status, p.source_url AS "sourceUrl",
    (SELECT count(*)::integer FROM target t WHERE t.plan_id = p.id) AS "targetCount"
  FROM plan p JOIN admin_unit u ON u.id = p.scope_unit_id LEFT JOIN plan pp ON pp.id = p.parent_plan_id`;

interface TargetDbRow {
  id: number;
  planId: number;
  position: number;
  indicatorCode: string;
  scopeUnit: UnitVersionRef | null;
  scopeLevel: UnitLevel | null;
  comparator: TargetValue['comparator'];
  value: number | null;
  minValue: number | null;
  maxValue: number | null;
  deadline: IsoDate;
  baselineValue: number | null;
  baselineYear: number | null;
  sourceClause: string | null;
  sourceUrl: string | null;
}

const TARGET_SELECT = `SELECT t.id, t.plan_id AS "planId", t.position, t.indicator_code AS "indicatorCode",
    CASE WHEN u.id IS NULL THEN NULL ELSE ${unitJson('u')} END AS "scopeUnit", t.scope_level AS "scopeLevel",
    t.comparator, t.value, t.min_value AS "minValue", t.max_value AS "maxValue", t.deadline,
    t.baseline_value AS "baselineValue", t.baseline_year AS "baselineYear", t.source_clause AS "sourceClause",
    t.source_url AS "sourceUrl"
  FROM target t LEFT JOIN admin_unit u ON u.id = t.scope_unit_id`;

function toTarget(row: TargetDbRow): StoredTarget {
  const scope: StoredTarget['scope'] = row.scopeUnit
    ? { kind: 'unit', unit: row.scopeUnit }
    : { kind: 'level', level: row.scopeLevel ?? 'province' };
  const value: TargetValue =
    row.comparator === 'range'
      ? { comparator: 'range', min: row.minValue ?? 0, max: row.maxValue ?? 0 }
      : { comparator: row.comparator, value: row.value ?? 0 };
  return {
    id: row.id,
    planId: row.planId,
    position: row.position,
    indicatorCode: row.indicatorCode,
    scope,
    value,
    deadline: row.deadline,
    baseline:
      row.baselineValue !== null && row.baselineYear !== null
        ? { value: row.baselineValue, year: row.baselineYear }
        : null,
    sourceClause: row.sourceClause,
    sourceUrl: row.sourceUrl,
  };
}

function targetParams(planId: number, position: number, t: TargetRow): unknown[] {
  return [
    planId,
    position,
    t.indicatorCode,
    t.scope.kind === 'unit' ? t.scope.unitId : null,
    t.scope.kind === 'level' ? t.scope.level : null,
    t.value.comparator,
    t.value.comparator === 'range' ? null : t.value.value,
    t.value.comparator === 'range' ? t.value.min : null,
    t.value.comparator === 'range' ? t.value.max : null,
    t.deadline,
    t.baseline?.value ?? null,
    t.baseline?.year ?? null,
    t.sourceClause,
    t.sourceUrl,
  ];
}

/** Plans and their targets. */
export class PlanRepository {
  constructor(private readonly db: Queryable) {}

  async list(): Promise<StoredPlan[]> {
    return this.db.query<StoredPlan>(`${PLAN_SELECT} ORDER BY p.issued_on NULLS LAST, p.code`);
  }

  async findById(id: number): Promise<StoredPlan | null> {
    const [row] = await this.db.query<StoredPlan>(`${PLAN_SELECT} WHERE p.id = $1`, [id]);
    return row ?? null;
  }

  async findByCode(code: string): Promise<StoredPlan | null> {
    const [row] = await this.db.query<StoredPlan>(`${PLAN_SELECT} WHERE p.code = $1`, [code]);
    return row ?? null;
  }

  async insert(plan: PlanRow): Promise<number> {
    const [row] = await this.db.query<{ id: number }>(
      `INSERT INTO plan (code, title_vi, title_en, issuer, issued_on, period_start, period_end, vision_year,
         scope_unit_id, parent_plan_id, status, source_url)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      this.planParams(plan),
    );
    if (!row) throw new Error('INSERT INTO plan returned no id');
    return row.id;
  }

  async update(id: number, plan: PlanRow): Promise<void> {
    await this.db.query(
      `UPDATE plan SET code = $1, title_vi = $2, title_en = $3, issuer = $4, issued_on = $5, period_start = $6,
         period_end = $7, vision_year = $8, scope_unit_id = $9, parent_plan_id = $10, status = $11, source_url = $12,
         updated_at = now()
       WHERE id = $13`,
      [...this.planParams(plan), id],
    );
  }

  /**
   * Locks the plan's row until the transaction ends (`false`: no such plan), so that the plan and
   * targets read next for the audit trail's `before` are what this write replaces, not what a
   * concurrent write of the same plan left half-done.
   */
  async lock(id: number): Promise<boolean> {
    const rows = await this.db.query<{ id: number }>('SELECT id FROM plan WHERE id = $1 FOR UPDATE', [id]);
    return rows.length > 0;
  }

  async delete(id: number): Promise<boolean> {
    const rows = await this.db.query<{ id: number }>('DELETE FROM plan WHERE id = $1 RETURNING id', [id]);
    return rows.length > 0;
  }

  private planParams(plan: PlanRow): unknown[] {
    return [
      plan.code,
      plan.titleVi,
      plan.titleEn,
      plan.issuer,
      plan.issuedOn,
      plan.periodStart,
      plan.periodEnd,
      plan.visionYear,
      plan.scopeUnitId,
      plan.parentPlanId,
      plan.status,
      plan.sourceUrl,
    ];
  }

  async targets(planId: number): Promise<StoredTarget[]> {
    const rows = await this.db.query<TargetDbRow>(
      `${TARGET_SELECT} WHERE t.plan_id = $1 ORDER BY t.position, t.id`,
      [planId],
    );
    return rows.map(toTarget);
  }

  async findTarget(id: number): Promise<StoredTarget | null> {
    const [row] = await this.db.query<TargetDbRow>(`${TARGET_SELECT} WHERE t.id = $1`, [id]);
    return row ? toTarget(row) : null;
  }

  async insertTarget(planId: number, position: number, target: TargetRow): Promise<number> {
    const [row] = await this.db.query<{ id: number }>(
      `INSERT INTO target (plan_id, position, indicator_code, scope_unit_id, scope_level, comparator, value, min_value,
         max_value, deadline, baseline_value, baseline_year, source_clause, source_url)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      targetParams(planId, position, target),
    );
    if (!row) throw new Error('INSERT INTO target returned no id');
    return row.id;
  }

  async updateTarget(id: number, planId: number, position: number, target: TargetRow): Promise<void> {
    await this.db.query(
      `UPDATE target SET plan_id = $1, position = $2, indicator_code = $3, scope_unit_id = $4, scope_level = $5,
         comparator = $6, value = $7, min_value = $8, max_value = $9, deadline = $10, baseline_value = $11,
         baseline_year = $12, source_clause = $13, source_url = $14
       WHERE id = $15`,
      [...targetParams(planId, position, target), id],
    );
  }

  async deleteTarget(id: number): Promise<boolean> {
    const rows = await this.db.query<{ id: number }>('DELETE FROM target WHERE id = $1 RETURNING id', [id]);
    return rows.length > 0;
  }

  async deleteTargetsOf(planId: number): Promise<void> {
    await this.db.query('DELETE FROM target WHERE plan_id = $1', [planId]);
  }

  async nextPosition(planId: number): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(
      'SELECT COALESCE(max(position), -1)::integer + 1 AS n FROM target WHERE plan_id = $1',
      [planId],
    );
    return row?.n ?? 0;
  }
}

export type { TargetScope };
