import { HatangError, invalidParameter } from '../../core/errors/error-codes.ts';
import { parsePeriod, periodEndDate, periodEndYear } from '../../core/periods/period.ts';
import { type IsoDate, isValidOn } from '../../core/units/admin-unit.ts';
import type { Database } from '../../db/database.ts';
import type { StoredIndicator } from '../../db/plans/indicator-repository.ts';
import { ObservationRepository, type StoredObservation } from '../../db/plans/observation-repository.ts';
import type { StoredUnit } from '../../db/units/unit-row.ts';
import type { UnitsService } from '../units/units-service.ts';
import { type ExplainedPoint, seriesUnitIds, unitSeries } from './indicator-series.ts';
import type { PlansService } from './plans-service.ts';

export interface UnitIndicatorValue {
  indicator: StoredIndicator;
  point: ExplainedPoint;
}

/** Units a map colours by one indicator: every province, or every commune of one province. */
export type ValuesLevel = 'province' | 'commune';

export interface IndicatorValues {
  indicator: StoredIndicator;
  level: ValuesLevel;
  parent: StoredUnit | null;
  /**
   * The period shown: the one asked for, else the one with values for the most units (the latest of
   * those on a tie); null when there is none. Not simply the latest: a map of one province's new
   * figure and 33 blanks says less than last year's full picture.
   */
  period: string | null;
  /** Periods for which at least one of the units has a value, oldest first. */
  periods: string[];
  /** Every current unit of the level (inside `parent`), in code order; `point` null without a value. */
  items: { unit: StoredUnit; point: ExplainedPoint | null }[];
}

function checkedPeriod(period: string | undefined) {
  const parsed = period ? parsePeriod(period) : null;
  if (period && !parsed) {
    throw new HatangError('INVALID_PARAMETER', { field: 'period', value: period, expected: 'period' });
  }
  return parsed;
}

/** Oldest first on the year axis (a period's end); periods ending together in text order. */
function byAxis(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  const ya = pa ? periodEndYear(pa) : 0;
  const yb = pb ? periodEndYear(pb) : 0;
  return ya - yb || a.localeCompare(b);
}

/** Indicator values: every indicator of one unit, or one indicator over the units of a level. */
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
    const parsed = checkedPeriod(options.period);
    const date = options.date ?? this.units.today();
    const unit = await this.units.requireVersion(code, date);
    const catalogue = await this.units.catalogue();
    const until = parsed ? periodEndDate(parsed) : undefined;
    const observations = await new ObservationRepository(this.db).ofUnits(
      seriesUnitIds(unit, catalogue),
      until,
    );
    const items: UnitIndicatorValue[] = [];
    for (const indicator of await this.plans.indicators()) {
      const series = unitSeries(indicator, unit, observations, catalogue);
      const point = options.period ? series.find((p) => p.period === options.period) : series.at(-1);
      if (point) items.push({ indicator, point });
    }
    return { unit, period: options.period ?? null, items };
  }

  /**
   * One indicator for every current unit of a level, as a map colours them: each value is the point
   * `forUnit` gives that unit for the period (the same series from the same observations: its own,
   * its children's, its predecessors'), read for all units in one query. A period's value depends
   * only on that period's observations, so reading every period at once (for `periods`) changes none.
   */
  async valuesByUnit(
    indicatorCode: string,
    options: { level: ValuesLevel; parent?: string; period?: string },
  ): Promise<IndicatorValues> {
    checkedPeriod(options.period);
    const date = this.units.today();
    const catalogue = await this.units.catalogue();
    const provinces = catalogue.units.filter((u) => u.level === 'province' && isValidOn(u, date));
    // Communes are shown one province at a time; a parent means nothing for the provinces.
    if (options.level === 'province' && options.parent !== undefined) {
      throw invalidParameter('parent', options.parent, 'known', { options: 'level, period, lang' });
    }
    const parent =
      options.level === 'commune' ? (provinces.find((p) => p.code === options.parent) ?? null) : null;
    if (options.level === 'commune' && parent === null) {
      throw invalidParameter('parent', options.parent ?? '', 'provinceCode', {
        options: provinces
          .map((p) => p.code)
          .sort()
          .join(', '),
      });
    }
    const indicator = await this.plans.indicator(indicatorCode);
    const units = (
      parent === null
        ? provinces
        : catalogue.units.filter(
            (u) => u.level === 'commune' && u.provinceCode === parent.code && isValidOn(u, date),
          )
    ).sort((a, b) => a.code.localeCompare(b.code));

    const idsOf = new Map(units.map((u) => [u.id, seriesUnitIds(u, catalogue)]));
    const observations = await new ObservationRepository(this.db).ofUnits(
      [...new Set([...idsOf.values()].flat())],
      undefined,
      indicator.code,
    );
    const byUnit = new Map<number, StoredObservation[]>();
    for (const o of observations) {
      const list = byUnit.get(o.unit.id);
      if (list) list.push(o);
      else byUnit.set(o.unit.id, [o]);
    }
    const seriesOf = units.map((unit) => {
      const own = (idsOf.get(unit.id) ?? []).flatMap((id) => byUnit.get(id) ?? []);
      return { unit, series: unitSeries(indicator, unit, own, catalogue) };
    });
    const periods = [...new Set(seriesOf.flatMap(({ series }) => series.map((p) => p.period)))].sort(byAxis);
    const period = options.period ?? fullestPeriod(periods, seriesOf) ?? null;
    return {
      indicator,
      level: options.level,
      parent,
      period,
      periods,
      items: seriesOf.map(({ unit, series }) => ({
        unit,
        point: series.find((p) => p.period === period) ?? null,
      })),
    };
  }
}

/** Of `periods` (oldest first), the one most units have a value for; the latest on a tie. */
function fullestPeriod(
  periods: readonly string[],
  seriesOf: readonly { series: readonly ExplainedPoint[] }[],
) {
  const count = new Map<string, number>();
  for (const { series } of seriesOf)
    for (const p of series) count.set(p.period, (count.get(p.period) ?? 0) + 1);
  let best: string | undefined;
  for (const period of periods) {
    if (best === undefined || (count.get(period) ?? 0) >= (count.get(best) ?? 0)) best = period;
  }
  return best;
}
