import { type OperatorCode, TECHNOLOGIES, type Technology } from '../../core/assets/asset-model.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { siteVisibility, siteVisible } from '../../core/auth/policy.ts';
import { HatangError } from '../../core/errors/error-codes.ts';
import type { IsoDate } from '../../core/units/admin-unit.ts';
import type { Database } from '../../db/database.ts';
import { CoverageRepository, type GapItem } from '../../db/inventory/coverage-repository.ts';
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

  /**
   * Villages and distances are public (issue 5: gaps are published aggregates of villages); which site
   * is nearest, and whose, is site-level operator data: shown only where the policy lets `actor` see
   * that site (its operator, national planners, officers of the site's province), else left null.
   */
  async list(
    query: GapQuery,
    actor: Actor,
  ): Promise<{ items: GapItem[]; total: number; unit: StoredUnit | null }> {
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
    const visibility = siteVisibility(actor);
    const items = result.items.map(({ nearestSiteProvince, ...gap }): GapItem => {
      const visible =
        gap.nearestOperator !== null &&
        nearestSiteProvince !== null &&
        siteVisible(visibility, {
          operator: gap.nearestOperator as OperatorCode,
          provinceCode: nearestSiteProvince,
        });
      return visible ? gap : { ...gap, nearestSiteCode: null, nearestOperator: null };
    });
    return { items, total: result.total, unit };
  }
}
