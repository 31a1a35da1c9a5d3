import { HatangError } from '../../core/errors/error-codes.ts';
import { parsePeriod, periodEndDate } from '../../core/periods/period.ts';
import type { IsoDate } from '../../core/units/admin-unit.ts';
import type { Database } from '../../db/database.ts';
import type { StoredIndicator } from '../../db/plans/indicator-repository.ts';
import { ObservationRepository } from '../../db/plans/observation-repository.ts';
import type { StoredUnit } from '../../db/units/unit-row.ts';
import type { UnitsService } from '../units/units-service.ts';
import { type ExplainedPoint, unitSeries } from './indicator-series.ts';
import type { PlansService } from './plans-service.ts';

export interface UnitIndicatorValue {
  indicator: StoredIndicator;
  point: ExplainedPoint;
}

/** Every indicator's value for one unit: for a period, or the latest known. */
export class UnitIndicatorsService {
  constructor(
    private readonly db: Database,
    private readonly units: UnitsService,
    private readonly plans: PlansService,
  ) {}

  async forUnit(
    code: string,
    options: { period?: string; date?: IsoDate },
  ): Promise<{ unit: StoredUnit; period: string | null; items: UnitIndicatorValue[] }> {
    const parsed = options.period ? parsePeriod(options.period) : null;
    if (options.period && !parsed) {
      throw new HatangError('INVALID_PARAMETER', {
        field: 'period',
        value: options.period,
        expected: 'period',
      });
    }
    const date = options.date ?? this.units.today();
    const unit = await this.units.requireVersion(code, date);
    const catalogue = await this.units.catalogue();
    const ids = new Set([unit.id]);
    for (const u of catalogue.units) if (u.parentId === unit.id) ids.add(u.id);
    for (const link of catalogue.lineage) {
      if (link.successor.code !== unit.code || link.successor.validFrom !== unit.validFrom) continue;
      for (const p of catalogue.byCode.get(link.predecessor.code) ?? []) {
        if (p.level === link.predecessor.level && p.validTo === link.predecessor.validTo) ids.add(p.id);
      }
    }
    const until = parsed ? periodEndDate(parsed) : undefined;
    const observations = await new ObservationRepository(this.db).ofUnits([...ids], until);
    const items: UnitIndicatorValue[] = [];
    for (const indicator of await this.plans.indicators()) {
      const series = unitSeries(indicator, unit, observations, catalogue);
      const point = options.period ? series.find((p) => p.period === options.period) : series.at(-1);
      if (point) items.push({ indicator, point });
    }
    return { unit, period: options.period ?? null, items };
  }
}
