import { HatangError } from '../../core/errors/error-codes.ts';
import { foldForSearch } from '../../core/text/vietnamese.ts';
import {
  type IsoDate,
  isValidOn,
  type UnitLevel,
  type UnitLineageRecord,
} from '../../core/units/admin-unit.ts';
import { type ResolveCandidate, UnitNameIndex } from '../../core/units/name-resolver.ts';
import type { Database } from '../../db/database.ts';
import { AdminUnitRepository } from '../../db/units/admin-unit-repository.ts';
import { UnitGeometryRepository } from '../../db/units/unit-geometry-repository.ts';
import { type LinkedUnit, UnitLineageRepository } from '../../db/units/unit-lineage-repository.ts';
import type { StoredUnit } from '../../db/units/unit-row.ts';
import type { Clock } from '../clock.ts';

export interface UnitCatalogue {
  units: StoredUnit[];
  lineage: UnitLineageRecord[];
  byCode: Map<string, StoredUnit[]>;
  index: UnitNameIndex;
}

/** The unit version with this code in force on the date, from the catalogue (no query). */
export function versionIn(catalogue: UnitCatalogue, code: string, on: IsoDate): StoredUnit | null {
  return (catalogue.byCode.get(code) ?? []).find((u) => isValidOn(u, on)) ?? null;
}

export interface UnitListQuery {
  level?: UnitLevel;
  parent?: string;
  q?: string;
  date?: IsoDate;
  limit: number;
  offset: number;
}

export interface UnitDetail {
  unit: StoredUnit;
  date: IsoDate;
  ancestors: StoredUnit[];
  childrenCount: number;
  predecessors: LinkedUnit[];
  successors: LinkedUnit[];
  /** GeoJSON geometry text when asked for and known. */
  geometry: string | null;
}

export interface ResolveRequest {
  name: string;
  province?: string;
  level?: UnitLevel;
  date?: IsoDate;
  limit?: number;
}

// Simplification tolerances in degrees (~200 m at Vietnam's latitudes for provinces, ~50 m for
// communes): the province layer shrinks from 1.9 MB to 0.33 MB, and its outline still follows the
// commune edges drawn inside it when a province is opened.
const TOLERANCE: Record<UnitLevel, number> = {
  country: 0.01,
  province: 0.002,
  district: 0.001,
  commune: 0.0005,
};

/** Use cases over the administrative hierarchy: browse, look up, resolve names, draw. */
export class UnitsService {
  readonly #units: AdminUnitRepository;
  readonly #lineage: UnitLineageRepository;
  readonly #geometry: UnitGeometryRepository;
  #catalogue: Promise<UnitCatalogue> | null = null;

  constructor(
    db: Database,
    private readonly clock: Clock,
  ) {
    this.#units = new AdminUnitRepository(db);
    this.#lineage = new UnitLineageRepository(db);
    this.#geometry = new UnitGeometryRepository(db);
  }

  today(): IsoDate {
    return this.clock.today();
  }

  async list(query: UnitListQuery): Promise<{ items: StoredUnit[]; total: number; date: IsoDate }> {
    const date = query.date ?? this.clock.today();
    const parent = query.parent === undefined ? undefined : await this.require(query.parent, date);
    const searchText = query.q === undefined ? '' : foldForSearch(query.q);
    const result = await this.#units.list({
      date,
      limit: query.limit,
      offset: query.offset,
      ...(query.level ? { level: query.level } : {}),
      ...(parent ? { parent } : {}),
      ...(searchText ? { searchText } : {}),
    });
    return { ...result, date };
  }

  async get(code: string, options: { date?: IsoDate; geometry?: boolean }): Promise<UnitDetail> {
    const date = options.date ?? this.clock.today();
    const unit = await this.require(code, date);
    const [ancestors, childrenCount, predecessors, successors, geometry] = await Promise.all([
      this.#units.ancestors(unit),
      this.#units.childrenCount(unit),
      this.#lineage.predecessorsOf(unit.id),
      this.#lineage.successorsOf(unit.id),
      options.geometry ? this.#units.geometryOf(unit.id) : Promise.resolve(null),
    ]);
    return { unit, date, ancestors, childrenCount, predecessors, successors, geometry };
  }

  /** Boundaries of one level (optionally inside one province) as a GeoJSON FeatureCollection text. */
  async features(query: { level: UnitLevel; parent?: string; date?: IsoDate }): Promise<string> {
    const date = query.date ?? this.clock.today();
    const parent = query.parent === undefined ? undefined : await this.require(query.parent, date);
    return this.#geometry.featureCollection({
      date,
      level: query.level,
      tolerance: TOLERANCE[query.level],
      ...(parent && parent.level !== 'country' ? { provinceCode: parent.provinceCode ?? parent.code } : {}),
    });
  }

  async resolve(request: ResolveRequest): Promise<{ candidates: ResolveCandidate[]; date: IsoDate }> {
    const date = request.date ?? this.clock.today();
    const { index } = await this.catalogue();
    const candidates = index.resolve({
      name: request.name,
      date,
      ...(request.province !== undefined ? { province: request.province } : {}),
      ...(request.level !== undefined ? { level: request.level } : {}),
      ...(request.limit !== undefined ? { limit: request.limit } : {}),
    });
    return { candidates, date };
  }

  async countByLevel(date?: IsoDate): Promise<Record<string, number>> {
    return this.#units.countByLevel(date ?? this.clock.today());
  }

  /** Drops the in-memory catalogue, e.g. after units were reloaded. */
  invalidate(): void {
    this.#catalogue = null;
  }

  /**
   * Every unit version, the lineage and the name index, loaded once from the database (~14k units,
   * well under a second) and reused by name resolution and by validators that must check many codes.
   */
  catalogue(): Promise<UnitCatalogue> {
    if (!this.#catalogue) {
      const building = Promise.all([this.#units.all(), this.#lineage.all()]).then(([units, lineage]) => {
        const byCode = new Map<string, StoredUnit[]>();
        for (const unit of units) byCode.set(unit.code, [...(byCode.get(unit.code) ?? []), unit]);
        return { units, lineage, byCode, index: new UnitNameIndex(units, lineage) };
      });
      // A failed build is not cached: the next request tries again.
      building.catch(() => {
        this.#catalogue = null;
      });
      this.#catalogue = building;
    }
    return this.#catalogue;
  }

  /** Like `versionIn`, but a missing unit is a 404 that says when the code was valid, if ever. */
  async requireVersion(code: string, date: IsoDate): Promise<StoredUnit> {
    return this.require(code, date);
  }

  private async require(code: string, date: IsoDate): Promise<StoredUnit> {
    const unit = await this.#units.findByCode(code, date);
    if (unit) return unit;
    const [other] = await this.#units.findVersions(code);
    if (other) {
      throw new HatangError('UNIT_NOT_IN_FORCE', {
        code,
        date,
        fullName: other.fullName,
        ...(other.validFrom ? { validFrom: other.validFrom } : {}),
        ...(other.validTo ? { validTo: other.validTo } : {}),
      });
    }
    throw new HatangError('UNIT_NOT_FOUND', { code, date });
  }
}
