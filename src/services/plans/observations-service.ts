import type { Actor } from '../../core/auth/actor.ts';
import { HatangError } from '../../core/errors/error-codes.ts';
import type { RawRecord } from '../../core/plans/plan-input.ts';
import { type ObservationInput, validateObservation } from '../../core/plans/validate-observation.ts';
import type { IsoDate } from '../../core/units/admin-unit.ts';
import type { Database, Queryable } from '../../db/database.ts';
import { IndicatorRepository } from '../../db/plans/indicator-repository.ts';
import {
  ObservationRepository,
  type ObservationRow,
  type StoredObservation,
} from '../../db/plans/observation-repository.ts';
import { AuditService } from '../auth/audit-service.ts';
import { authorize } from '../auth/authorization.ts';
import type { Caller } from '../auth/caller.ts';
import { type UnitCatalogue, type UnitsService, versionIn } from '../units/units-service.ts';
import { placeOfUnitId } from './plan-place.ts';

export interface ObservationQuery {
  indicator?: string;
  unit?: string;
  /** Day the unit code is read on; default today. */
  date?: IsoDate;
  period?: string;
  limit: number;
  offset: number;
}

/** Reported figures: read, record (validated), correct and remove. Values a computation produced are not edited here. */
export class ObservationsService {
  constructor(
    private readonly db: Database,
    private readonly units: UnitsService,
  ) {}

  private repository(): ObservationRepository {
    return new ObservationRepository(this.db);
  }

  async list(query: ObservationQuery): Promise<{ items: StoredObservation[]; total: number }> {
    const unit = query.unit
      ? await this.units.requireVersion(query.unit, query.date ?? this.units.today())
      : null;
    return this.repository().list({
      limit: query.limit,
      offset: query.offset,
      ...(query.indicator ? { indicatorCode: query.indicator.toUpperCase() } : {}),
      ...(unit ? { unitIds: [unit.id] } : {}),
      ...(query.period ? { period: query.period } : {}),
    });
  }

  async require(id: number): Promise<StoredObservation> {
    return observationOf(this.db, id);
  }

  /**
   * Records a figure. A figure of the same indicator, unit, period and kind of source is replaced (the
   * repository's upsert), so the audit entry is then an `observation.update` with the replaced one as `before`.
   */
  async create(caller: Caller, record: RawRecord): Promise<StoredObservation> {
    const row = await this.validate(record);
    await this.authorizeUnit(caller.actor, row.unitId);
    return this.db.transaction(async (tx) => {
      const observations = new ObservationRepository(tx);
      const before = await observations.findSameKey(row);
      const after = await observationOf(tx, await observations.upsert(row));
      await audit(tx, caller, before ? 'observation.update' : 'observation.create', before, after);
      return after;
    });
  }

  async replace(caller: Caller, id: number, record: RawRecord): Promise<StoredObservation> {
    const existing = await this.require(id);
    await this.authorizeUnit(caller.actor, existing.unit.id);
    if (existing.provenance.kind === 'computation') {
      throw new HatangError('INVALID_BODY', {
        reason_vi: 'số liệu do hệ thống tính không sửa tay được; hãy sửa dữ liệu nguồn',
        reason_en: 'computed values cannot be edited by hand; correct the source data',
      });
    }
    const row = await this.validate(record);
    await this.authorizeUnit(caller.actor, row.unitId);
    return this.db.transaction(async (tx) => {
      const before = await lockedObservationOf(tx, id);
      await new ObservationRepository(tx).update(id, row);
      const after = await observationOf(tx, id);
      await audit(tx, caller, 'observation.update', before, after);
      return after;
    });
  }

  async delete(caller: Caller, id: number): Promise<void> {
    await this.authorizeUnit(caller.actor, (await this.require(id)).unit.id);
    await this.db.transaction(async (tx) => {
      const before = await lockedObservationOf(tx, id);
      if (!(await new ObservationRepository(tx).delete(id)))
        throw new HatangError('OBSERVATION_NOT_FOUND', { id });
      await audit(tx, caller, 'observation.delete', before, null);
    });
  }

  /** National planners record figures of any unit; a provincial officer those of their provinces. */
  private async authorizeUnit(actor: Actor, unitId: number): Promise<void> {
    authorize(actor, 'write_observation', placeOfUnitId(await this.units.catalogue(), unitId));
  }

  private async validate(record: RawRecord): Promise<ObservationRow> {
    const catalogue = await this.units.catalogue();
    const indicators = new Map((await new IndicatorRepository(this.db).list()).map((i) => [i.code, i]));
    const result = validateObservation(record, {
      findIndicator: (code) => indicators.get(code) ?? null,
      unitExists: (code, on) => versionIn(catalogue, code, on) !== null,
    });
    if (!result.ok)
      throw new HatangError('VALIDATION_FAILED', { count: result.errors.length }, result.errors);
    return this.toRow(result.observation, catalogue);
  }

  private toRow(o: ObservationInput, catalogue: UnitCatalogue): ObservationRow {
    const unit = versionIn(catalogue, o.unitCode, o.unitOn);
    if (!unit) throw new HatangError('UNIT_NOT_FOUND', { code: o.unitCode, date: o.unitOn });
    return {
      indicatorCode: o.indicatorCode,
      unitId: unit.id,
      period: o.period,
      periodEnd: o.periodEnd,
      value: o.value,
      numerator: o.numerator,
      denominator: o.denominator,
      estimated: false,
      provenance: o.sourceUrl ? { kind: 'source', url: o.sourceUrl } : { kind: 'manual', note: o.note },
      note: o.note,
    };
  }
}

/**
 * The audit entry of one write of a reported figure, in the write's transaction so both commit or
 * neither. Computed values (computed-indicator-writer) and the shipped figures (load-reference-plans)
 * are written by the system, not through here, and are not audited.
 */
async function audit(
  tx: Queryable,
  caller: Caller,
  action: 'observation.create' | 'observation.update' | 'observation.delete',
  before: StoredObservation | null,
  after: StoredObservation | null,
): Promise<void> {
  const id = after?.id ?? before?.id ?? null;
  await new AuditService(tx).record(caller.context, {
    action,
    entity: 'observation',
    entityId: id === null ? null : String(id),
    before,
    after,
  });
}

async function observationOf(db: Queryable, id: number): Promise<StoredObservation> {
  const observation = await new ObservationRepository(db).findById(id);
  if (!observation) throw new HatangError('OBSERVATION_NOT_FOUND', { id });
  return observation;
}

/** Locked first, so a concurrent edit of the same figure waits and `before` is exactly what is replaced. */
async function lockedObservationOf(tx: Queryable, id: number): Promise<StoredObservation> {
  if (!(await new ObservationRepository(tx).lock(id))) throw new HatangError('OBSERVATION_NOT_FOUND', { id });
  return observationOf(tx, id);
}
