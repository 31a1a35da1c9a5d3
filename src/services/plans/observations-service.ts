import type { Actor } from '../../core/auth/actor.ts';
import { HatangError } from '../../core/errors/error-codes.ts';
import type { RawRecord } from '../../core/plans/plan-input.ts';
import { type ObservationInput, validateObservation } from '../../core/plans/validate-observation.ts';
import type { IsoDate } from '../../core/units/admin-unit.ts';
import type { Database } from '../../db/database.ts';
import { IndicatorRepository } from '../../db/plans/indicator-repository.ts';
import {
  ObservationRepository,
  type ObservationRow,
  type StoredObservation,
} from '../../db/plans/observation-repository.ts';
import { authorize } from '../auth/authorization.ts';
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
    const observation = await this.repository().findById(id);
    if (!observation) throw new HatangError('OBSERVATION_NOT_FOUND', { id });
    return observation;
  }

  async create(actor: Actor, record: RawRecord): Promise<StoredObservation> {
    const row = await this.validate(record);
    await this.authorizeUnit(actor, row.unitId);
    return this.require(await this.repository().upsert(row));
  }

  async replace(actor: Actor, id: number, record: RawRecord): Promise<StoredObservation> {
    const existing = await this.require(id);
    await this.authorizeUnit(actor, existing.unit.id);
    if (existing.provenance.kind === 'computation') {
      throw new HatangError('INVALID_BODY', {
        reason_vi: 'số liệu do hệ thống tính không sửa tay được; hãy sửa dữ liệu nguồn',
        reason_en: 'computed values cannot be edited by hand; correct the source data',
      });
    }
    const row = await this.validate(record);
    await this.authorizeUnit(actor, row.unitId);
    await this.repository().update(id, row);
    return this.require(id);
  }

  async delete(actor: Actor, id: number): Promise<void> {
    await this.authorizeUnit(actor, (await this.require(id)).unit.id);
    if (!(await this.repository().delete(id))) throw new HatangError('OBSERVATION_NOT_FOUND', { id });
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
