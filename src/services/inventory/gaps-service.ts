import { TECHNOLOGIES, type Technology } from '../../core/assets/asset-model.ts';
import { HatangError } from '../../core/errors/error-codes.ts';
import type { IsoDate } from '../../core/units/admin-unit.ts';
import type { Database } from '../../db/database.ts';
import { CoverageRepository, type GapRow } from '../../db/inventory/coverage-repository.ts';
import type { StoredUnit } from '../../db/units/unit-row.ts';
import type { UnitsService } from '../units/units-service.ts';

export interface GapQuery {
  technology: Technology;
  /** A province or commune (current); the whole country when absent. */
  unit?: string;
  date?: IsoDate;
  limit: number;
  offset: number;
}

/** Villages a technology does not reach ("vùng lõm sóng"), with the nearest site that offers it. */
export class GapsService {
  constructor(
    private readonly db: Database,
    private readonly units: UnitsService,
  ) {}

  async list(query: GapQuery): Promise<{ items: GapRow[]; total: number; unit: StoredUnit | null }> {
    const unit = query.unit
      ? await this.units.requireVersion(query.unit, query.date ?? this.units.today())
      : null;
    if (unit && (unit.level === 'district' || unit.validTo !== null)) {
      // Villages belong to current communes: a pre-2025 unit has no gap list of its own.
      throw new HatangError('INVALID_PARAMETER', { field: 'unit', value: unit.code, expected: 'gapUnit' });
    }
    const result = await new CoverageRepository(this.db).gaps({
      technologyIndex: TECHNOLOGIES.indexOf(query.technology),
      limit: query.limit,
      offset: query.offset,
      ...(unit?.level === 'province' ? { provinceCode: unit.code } : {}),
      ...(unit?.level === 'commune' ? { communeIds: [unit.id] } : {}),
    });
    return { ...result, unit };
  }
}
