import type { Provenance } from '../../core/plans/plan-model.ts';
import type { IsoDate } from '../../core/units/admin-unit.ts';
import type { Queryable } from '../database.ts';
import { bulkInsert } from '../inventory/bulk-insert.ts';
import type { UnitVersionRef } from './plan-repository.ts';

export interface StoredObservation {
  id: number;
  indicatorCode: string;
  unit: UnitVersionRef;
  period: string;
  periodEnd: IsoDate;
  value: number;
  numerator: number | null;
  denominator: number | null;
  estimated: boolean;
  provenance: Provenance;
  note: string | null;
  recordedAt: string;
}

export interface ObservationRow {
  indicatorCode: string;
  unitId: number;
  period: string;
  periodEnd: IsoDate;
  value: number;
  numerator: number | null;
  denominator: number | null;
  estimated: boolean;
  provenance: Provenance;
  note: string | null;
}

/** A computed value as stored, without its provenance. */
export interface ComputedValue {
  indicatorCode: string;
  unitId: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

export interface ObservationFilter {
  indicatorCode?: string;
  unitIds?: number[];
  period?: string;
  /** Only periods ending on or before this day. */
  until?: IsoDate;
  limit: number;
  offset: number;
}

interface DbRow extends Omit<StoredObservation, 'provenance'> {
  provenanceKind: Provenance['kind'];
  sourceUrl: string | null;
  submissionId: number | null;
  computationRunId: number | null;
}

const SELECT = `SELECT o.id, o.indicator_code AS "indicatorCode",
    json_build_object('id', u.id, 'code', u.code, 'name', u.name, 'fullName', u.full_name, 'level', u.level,
      'validFrom', u.valid_from, 'validTo', u.valid_to) AS unit,
    o.period, o.period_end AS "periodEnd", o.value, o.numerator, o.denominator, o.estimated,
    o.provenance_kind AS "provenanceKind", o.source_url AS "sourceUrl", o.submission_id AS "submissionId",
    o.computation_run_id AS "computationRunId", o.note, o.recorded_at AS "recordedAt"
  FROM observation o JOIN admin_unit u ON u.id = o.unit_id`;

function toObservation(row: DbRow): StoredObservation {
  const { provenanceKind, sourceUrl, submissionId, computationRunId, ...rest } = row;
  const provenance: Provenance =
    provenanceKind === 'source'
      ? { kind: 'source', url: sourceUrl ?? '' }
      : provenanceKind === 'submission'
        ? { kind: 'submission', submissionId: submissionId ?? 0 }
        : provenanceKind === 'computation'
          ? { kind: 'computation', runId: computationRunId ?? 0 }
          : { kind: 'manual', note: row.note };
  return { ...rest, provenance };
}

function rowParams(o: ObservationRow): unknown[] {
  const p = o.provenance;
  return [
    o.indicatorCode,
    o.unitId,
    o.period,
    o.periodEnd,
    o.value,
    o.numerator,
    o.denominator,
    o.estimated,
    p.kind,
    p.kind === 'source' ? p.url : null,
    p.kind === 'submission' ? p.submissionId : null,
    p.kind === 'computation' ? p.runId : null,
    o.note,
  ];
}

/** Measured values of indicators per unit version and period, with where each came from. */
export class ObservationRepository {
  constructor(private readonly db: Queryable) {}

  async list(filter: ObservationFilter): Promise<{ items: StoredObservation[]; total: number }> {
    const params: unknown[] = [];
    const where: string[] = [];
    const bind = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (filter.indicatorCode) where.push(`o.indicator_code = ${bind(filter.indicatorCode)}`);
    if (filter.unitIds) where.push(`o.unit_id = ANY(${bind(filter.unitIds)}::integer[])`);
    if (filter.period) where.push(`o.period = ${bind(filter.period)}`);
    if (filter.until) where.push(`o.period_end <= ${bind(filter.until)}::date`);
    const condition = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const [count] = await this.db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM observation o ${condition}`,
      params,
    );
    const rows = await this.db.query<DbRow>(
      `${SELECT} ${condition} ORDER BY o.indicator_code, o.period_end, u.code, o.provenance_kind
       LIMIT ${bind(filter.limit)} OFFSET ${bind(filter.offset)}`,
      params,
    );
    return { items: rows.map(toObservation), total: count?.n ?? 0 };
  }

  async findById(id: number): Promise<StoredObservation | null> {
    const [row] = await this.db.query<DbRow>(`${SELECT} WHERE o.id = $1`, [id]);
    return row ? toObservation(row) : null;
  }

  /**
   * The observation `upsert(o)` would replace (same indicator, unit, period and kind of provenance),
   * locked until the transaction ends: what the audit trail records as `before`.
   */
  async findSameKey(o: ObservationRow): Promise<StoredObservation | null> {
    const [row] = await this.db.query<DbRow>(
      `${SELECT} WHERE o.indicator_code = $1 AND o.unit_id = $2 AND o.period = $3 AND o.provenance_kind = $4
       FOR UPDATE OF o`,
      [o.indicatorCode, o.unitId, o.period, o.provenance.kind],
    );
    return row ? toObservation(row) : null;
  }

  /** Locks the observation's row until the transaction ends (`false`: no such row), before reading it for the audit. */
  async lock(id: number): Promise<boolean> {
    const rows = await this.db.query<{ id: number }>('SELECT id FROM observation WHERE id = $1 FOR UPDATE', [
      id,
    ]);
    return rows.length > 0;
  }

  /** Inserts, or replaces the value with the same indicator, unit, period and kind of provenance. */
  async upsert(o: ObservationRow): Promise<number> {
    const [row] = await this.db.query<{ id: number }>(
      `INSERT INTO observation (indicator_code, unit_id, period, period_end, value, numerator, denominator, estimated,
         provenance_kind, source_url, submission_id, computation_run_id, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (indicator_code, unit_id, period, provenance_kind) DO UPDATE SET
         period_end = EXCLUDED.period_end, value = EXCLUDED.value, numerator = EXCLUDED.numerator,
         denominator = EXCLUDED.denominator, estimated = EXCLUDED.estimated, source_url = EXCLUDED.source_url,
         submission_id = EXCLUDED.submission_id, computation_run_id = EXCLUDED.computation_run_id,
         note = EXCLUDED.note, recorded_at = now()
       RETURNING id`,
      rowParams(o),
    );
    if (!row) throw new Error('INSERT INTO observation returned no id');
    return row.id;
  }

  /** Many computed values at once (a computation run writes thousands); same upsert rule as `upsert`. */
  async upsertMany(rows: readonly ObservationRow[]): Promise<number> {
    return bulkInsert(
      this.db,
      rows.map((o) => ({
        i: o.indicatorCode,
        u: o.unitId,
        p: o.period,
        e: o.periodEnd,
        v: o.value,
        n: o.numerator,
        d: o.denominator,
        est: o.estimated,
        k: o.provenance.kind,
        url: o.provenance.kind === 'source' ? o.provenance.url : null,
        sub: o.provenance.kind === 'submission' ? o.provenance.submissionId : null,
        run: o.provenance.kind === 'computation' ? o.provenance.runId : null,
        note: o.note,
      })),
      `INSERT INTO observation (indicator_code, unit_id, period, period_end, value, numerator, denominator, estimated,
         provenance_kind, source_url, submission_id, computation_run_id, note)
       SELECT r.i, r.u, r.p, r.e, r.v, r.n, r.d, r.est, r.k, r.url, r.sub, r.run, r.note
       FROM json_to_recordset($1::json) AS r(i text, u integer, p text, e date, v double precision,
         n double precision, d double precision, est boolean, k text, url text, sub integer, run integer, note text)
       ON CONFLICT (indicator_code, unit_id, period, provenance_kind) DO UPDATE SET
         period_end = EXCLUDED.period_end, value = EXCLUDED.value, numerator = EXCLUDED.numerator,
         denominator = EXCLUDED.denominator, estimated = EXCLUDED.estimated, source_url = EXCLUDED.source_url,
         submission_id = EXCLUDED.submission_id, computation_run_id = EXCLUDED.computation_run_id,
         note = EXCLUDED.note, recorded_at = now()`,
    );
  }

  /** The computed values of a period, every unit and indicator (what a computation run last wrote). */
  async computedValues(period: string): Promise<ComputedValue[]> {
    return this.db.query<ComputedValue>(
      `SELECT indicator_code AS "indicatorCode", unit_id AS "unitId", value, numerator, denominator
       FROM observation WHERE period = $1 AND provenance_kind = 'computation'`,
      [period],
    );
  }

  /** Removes computed values of a period that a computation no longer produces. */
  async deleteComputed(
    period: string,
    keys: readonly { indicatorCode: string; unitId: number }[],
  ): Promise<number> {
    if (keys.length === 0) return 0;
    const rows = await this.db.query<{ id: number }>(
      `DELETE FROM observation o USING json_to_recordset($2::json) AS k(i text, u integer)
       WHERE o.period = $1 AND o.provenance_kind = 'computation' AND o.indicator_code = k.i AND o.unit_id = k.u
       RETURNING o.id`,
      [period, JSON.stringify(keys.map((k) => ({ i: k.indicatorCode, u: k.unitId })))],
    );
    return rows.length;
  }

  /** Removes computed values of a period that the given run did not write (after a full run). */
  async deleteComputedNotOf(period: string, runId: number): Promise<number> {
    const rows = await this.db.query<{ id: number }>(
      `DELETE FROM observation WHERE period = $1 AND provenance_kind = 'computation'
         AND computation_run_id IS DISTINCT FROM $2 RETURNING id`,
      [period, runId],
    );
    return rows.length;
  }

  async update(id: number, o: ObservationRow): Promise<void> {
    await this.db.query(
      `UPDATE observation SET indicator_code = $1, unit_id = $2, period = $3, period_end = $4, value = $5,
         numerator = $6, denominator = $7, estimated = $8, provenance_kind = $9, source_url = $10,
         submission_id = $11, computation_run_id = $12, note = $13, recorded_at = now()
       WHERE id = $14`,
      [...rowParams(o), id],
    );
  }

  async delete(id: number): Promise<boolean> {
    const rows = await this.db.query<{ id: number }>('DELETE FROM observation WHERE id = $1 RETURNING id', [
      id,
    ]);
    return rows.length > 0;
  }

  /**
   * Every observation of the given units (of one indicator, or any), oldest period first: a unit's
   * history. Periods ending on the same day (2025, 2025-Q4) come in text order, whatever the plan.
   */
  async ofUnits(
    unitIds: readonly number[],
    until?: IsoDate,
    indicatorCode?: string,
  ): Promise<StoredObservation[]> {
    const params: unknown[] = [unitIds];
    const where = ['o.unit_id = ANY($1::integer[])'];
    if (until) {
      params.push(until);
      where.push(`o.period_end <= $${params.length}::date`);
    }
    if (indicatorCode) {
      params.push(indicatorCode);
      where.push(`o.indicator_code = $${params.length}`);
    }
    const rows = await this.db.query<DbRow>(
      `${SELECT} WHERE ${where.join(' AND ')}
       ORDER BY o.indicator_code, o.period_end, o.provenance_kind, o.period, o.unit_id`,
      params,
    );
    return rows.map(toObservation);
  }
}
