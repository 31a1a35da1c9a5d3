import { OPERATORS, type SiteCarrier, TECHNOLOGIES, type Technology } from '../../core/assets/asset-model.ts';
import { environmentForDensity, siteRadii } from '../../core/coverage/radius-model.ts';
import type { PlainSite } from '../../core/coverage/site-set.ts';
import { coverageOfVillages } from '../../core/coverage/village-coverage.ts';
import { parsePeriod, periodEndDate } from '../../core/periods/period.ts';
import type { Database } from '../../db/database.ts';
import { CoverageRepository, type VillageCoverageRow } from '../../db/inventory/coverage-repository.ts';
import { InventoryAggregates } from '../../db/inventory/inventory-aggregates.ts';
import { InventoryReader } from '../../db/inventory/inventory-reader.ts';
import { IndicatorRepository } from '../../db/plans/indicator-repository.ts';
import { ObservationRepository, type ObservationRow } from '../../db/plans/observation-repository.ts';
import type { UnitsService } from '../units/units-service.ts';
import { type CoverageTally, communeParts, type Part, partValue, rollUp } from './inventory-indicators.ts';

// 4G or 5G: the plans' "băng rộng di động" (mobile broadband).
const BROADBAND_MASK = (1 << TECHNOLOGIES.indexOf('4G')) | (1 << TECHNOLOGIES.indexOf('5G'));

export interface CoverageRunSummary {
  runId: number;
  period: string;
  villages: number;
  sites: number;
  observations: number;
  seconds: number;
}

/**
 * Recomputes which village each technology covers (core/coverage: site ranges from COST-231/Hata
 * with an environment from the commune's population density) and the computed indicators of every
 * commune, province and the country, stored as observations of a computation run.
 */
export class CoverageService {
  constructor(
    private readonly db: Database,
    private readonly units: UnitsService,
  ) {}

  /** Whether coverage was ever computed on this database. */
  async hasRun(): Promise<boolean> {
    return (await new CoverageRepository(this.db).latestRun('coverage')) !== null;
  }

  async recompute(options: {
    period: string;
    onProgress?: (message: string) => void;
  }): Promise<CoverageRunSummary> {
    const started = Date.now();
    const progress = options.onProgress ?? (() => {});
    const parsed = parsePeriod(options.period);
    if (!parsed) throw new Error(`kỳ số liệu không hợp lệ: ${options.period}`);
    const catalogue = await this.units.catalogue();
    const coverage = new CoverageRepository(this.db);
    const runId = await coverage.startRun('coverage', { period: options.period });
    progress('Đọc thôn, bản và trạm đang phát sóng');
    const reader = new InventoryReader(this.db);
    const villages = await reader.villages();
    const sites = await reader.operatingSites();

    const byId = new Map(catalogue.units.map((u) => [u.id, u]));
    const people = new Map<number, number>();
    villages.communeIds.forEach((c, i) => {
      people.set(c, (people.get(c) ?? 0) + (villages.population[i] ?? 0));
    });
    const environmentOf = (communeId: number) => {
      const area = byId.get(communeId)?.areaKm2 ?? null;
      return environmentForDensity(area && area > 0 ? (people.get(communeId) ?? 0) / area : 0);
    };
    const plain: PlainSite[] = sites.map((s) => ({
      lon: s.lon,
      lat: s.lat,
      radiusM: siteRadii(
        { carriers: s.carriers as SiteCarrier[], antennaHeightM: s.antennaHeightM },
        environmentOf(s.communeId),
      ),
      operator: Math.max(0, OPERATORS.indexOf(s.operator as (typeof OPERATORS)[number])),
    }));
    progress(`Tính vùng phủ của ${villages.ids.length.toLocaleString('vi-VN')} thôn, bản`);
    const result = coverageOfVillages(villages, plain);

    const rows: VillageCoverageRow[] = [];
    const tallies = new Map<number, CoverageTally>();
    for (let v = 0; v < villages.ids.length; v++) {
      const mask = result.covered[v] ?? 0;
      const siteIds: (number | null)[] = [];
      const distances: (number | null)[] = [];
      for (let t = 0; t < TECHNOLOGIES.length; t++) {
        const s = result.nearestSite[4 * v + t] ?? -1;
        siteIds.push(s >= 0 ? (sites[s]?.id ?? null) : null);
        const d = result.nearestDistanceM[4 * v + t] ?? Number.POSITIVE_INFINITY;
        distances.push(Number.isFinite(d) ? Math.round(d) : null);
      }
      rows.push({ villageId: villages.ids[v] ?? 0, mask, siteIds, distances });
      const commune = villages.communeIds[v] ?? 0;
      const tally = tallies.get(commune) ?? {
        villages: 0,
        villagesWithMobileBroadband: 0,
        population: 0,
        populationCovered: { '2G': 0, '3G': 0, '4G': 0, '5G': 0 } satisfies Record<Technology, number>,
      };
      const pop = villages.population[v] ?? 0;
      tally.villages++;
      tally.population += pop;
      if (mask & BROADBAND_MASK) tally.villagesWithMobileBroadband++;
      TECHNOLOGIES.forEach((tech, t) => {
        if (mask & (1 << t)) tally.populationCovered[tech] += pop;
      });
      tallies.set(commune, tally);
    }
    progress('Ghi kết quả vùng phủ');
    await coverage.replace(runId, rows);

    progress('Tính các chỉ tiêu cho xã, tỉnh và toàn quốc');
    const aggregates = new InventoryAggregates(this.db);
    const byCommune = await aggregates.byCommune();
    const parks = await aggregates.itParksByProvince();
    const current = catalogue.units.filter((u) => u.validTo === null);
    const partsByUnit = new Map<number, Part[]>();
    for (const commune of current.filter((u) => u.level === 'commune')) {
      partsByUnit.set(commune.id, communeParts(byCommune.get(commune.id), tallies.get(commune.id)));
    }
    const provinces = current.filter((u) => u.level === 'province');
    for (const province of provinces) {
      const children = current
        .filter((u) => u.parentId === province.id)
        .map((c) => partsByUnit.get(c.id) ?? []);
      partsByUnit.set(province.id, [
        ...rollUp(children),
        { indicatorCode: 'IT_PARKS', numerator: parks.get(province.id) ?? 0, denominator: null },
      ]);
    }
    const country = current.find((u) => u.level === 'country');
    if (country) partsByUnit.set(country.id, rollUp(provinces.map((p) => partsByUnit.get(p.id) ?? [])));

    const scales = new Map((await new IndicatorRepository(this.db).list()).map((i) => [i.code, i.scale]));
    const observations: ObservationRow[] = [];
    for (const [unitId, parts] of partsByUnit) {
      for (const part of parts) {
        const value = partValue(part, scales.get(part.indicatorCode) ?? 1);
        if (value === null || !scales.has(part.indicatorCode)) continue;
        observations.push({
          indicatorCode: part.indicatorCode,
          unitId,
          period: options.period,
          periodEnd: periodEndDate(parsed),
          value,
          numerator: part.denominator === null ? null : part.numerator,
          denominator: part.denominator,
          estimated: false,
          provenance: { kind: 'computation', runId },
          note: null,
        });
      }
    }
    await new ObservationRepository(this.db).upsertMany(observations);
    const summary = {
      runId,
      period: options.period,
      villages: villages.ids.length,
      sites: sites.length,
      observations: observations.length,
      seconds: (Date.now() - started) / 1000,
    };
    await coverage.finishRun(runId, summary);
    progress('Đã tính xong vùng phủ và chỉ tiêu');
    return summary;
  }
}
