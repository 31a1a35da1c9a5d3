import type { OperatorCode, Technology } from '../../core/assets/asset-model.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { siteVisibility } from '../../core/auth/policy.ts';
import { invalidParameter } from '../../core/errors/error-codes.ts';
import type { Database } from '../../db/database.ts';
import {
  type DataCentreRow,
  type ItParkRow,
  MapRepository,
  type MapSiteRow,
  type MapVillageRow,
  type PostalFacilityRow,
  type SiteScope,
} from '../../db/map/map-repository.ts';
import type { StoredUnit } from '../../db/units/unit-row.ts';
import { denialError } from '../auth/authorization.ts';
import type { UnitsService } from '../units/units-service.ts';

/** The facility layers of the map, as `kind=` names them. */
export const FACILITY_KINDS = ['data_centre', 'it_park', 'postal'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export function isFacilityKind(value: string): value is FacilityKind {
  return (FACILITY_KINDS as readonly string[]).includes(value);
}

export interface SiteLayerQuery {
  province: string;
  operator?: OperatorCode;
  technology?: Technology;
}

export type FacilityLayer =
  | { kind: 'data_centre'; rows: DataCentreRow[] }
  | { kind: 'it_park'; rows: ItParkRow[] }
  | { kind: 'postal'; rows: PostalFacilityRow[] };

/**
 * The map explorer's point layers (issue 6). The map draws only what this server sends (no internet on
 * many government networks), one province at a time for the dense layers: the whole country is ~150k
 * sites and ~100k villages. Units are read as they stand today (Asia/Ho_Chi_Minh, services/clock.ts).
 */
export class MapService {
  constructor(
    private readonly db: Database,
    private readonly units: UnitsService,
  ) {}

  /**
   * Sites of a province. Site-level data is commercially sensitive (issue 5): the policy's
   * `siteVisibility` decides, and the SQL keeps only what it allows — an operator's own sites and those
   * of the officer's provinces (`siteVisible`: operator match OR province match), all for national
   * planners and admins; anonymous callers get 401, signed-in callers with no site scope 403.
   */
  async sites(query: SiteLayerQuery, actor: Actor): Promise<{ province: StoredUnit; rows: MapSiteRow[] }> {
    const visibility = siteVisibility(actor);
    if (visibility.kind === 'none') throw denialError(visibility.denial);
    const scope: SiteScope =
      visibility.kind === 'all'
        ? { kind: 'all' }
        : { kind: 'scoped', operator: visibility.operator, provinces: visibility.provinces };
    const province = await this.province(query.province);
    const rows = await new MapRepository(this.db).sites({
      provinceCode: province.code,
      scope,
      ...(query.operator !== undefined ? { operator: query.operator } : {}),
      ...(query.technology !== undefined ? { technology: query.technology } : {}),
    });
    return { province, rows };
  }

  /** Villages of a province with their stored coverage: public (gaps are published, issue 5). */
  async villages(provinceCode: string): Promise<{ province: StoredUnit; rows: MapVillageRow[] }> {
    const province = await this.province(provinceCode);
    return { province, rows: await new MapRepository(this.db).villages(province.code) };
  }

  /** Data centres, IT parks or postal facilities, of one province or the country: public lists. */
  async facilities(kind: FacilityKind, provinceCode?: string): Promise<FacilityLayer> {
    const code = provinceCode === undefined ? undefined : (await this.province(provinceCode)).code;
    const repository = new MapRepository(this.db);
    switch (kind) {
      case 'data_centre':
        return { kind, rows: await repository.dataCentres(code) };
      case 'it_park':
        return { kind, rows: await repository.itParks(code) };
      case 'postal':
        return { kind, rows: await repository.postalFacilities(code) };
    }
  }

  /** A province in force today; an unknown or retired code is the units' 404 (UNIT_NOT_FOUND / UNIT_NOT_IN_FORCE). */
  private async province(code: string): Promise<StoredUnit> {
    const unit = await this.units.requireVersion(code, this.units.today());
    if (unit.level !== 'province') throw invalidParameter('province', code, 'province');
    return unit;
  }
}
