import type { Queryable } from '../database.ts';

/**
 * The map explorer's layers (issue 6): points of one province (sites, villages) or of the country
 * (facilities), read with their public codes, never database ids. Positions come out as lon/lat of
 * the stored WGS84 points; the presenter makes them GeoJSON.
 *
 * The dense layers come back as one JSON array of arrays built in SQL: on the embedded engine, reading
 * 18,446 sites (Hồ Chí Minh, the largest province of the national demo) as rows took ~560 ms, as one
 * `json_agg` text ~230 ms including parsing it here (measured with the demo data, PGlite). Both
 * engines print float8 in JSON with the shortest exact digits, so positions are unchanged.
 */

/** Which sites a caller may see, as the policy's `siteVisibility` says (the SQL form of `siteVisible`). */
export type SiteScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'scoped'; readonly operator: string | null; readonly provinces: readonly string[] };

export interface MapSiteFilter {
  provinceCode: string;
  operator?: string;
  technology?: string;
  scope: SiteScope;
}

export interface MapSiteRow {
  code: string;
  operator: string;
  lon: number;
  lat: number;
  technologies: string[];
  communeCode: string;
  shared: boolean;
  status: string;
  synthetic: boolean;
}

export interface MapVillageRow {
  code: string;
  name: string;
  communeCode: string;
  lon: number;
  lat: number;
  population: number;
  households: number;
  synthetic: boolean;
  /** Bitmask of the latest coverage computation (2G = 1, 3G = 2, 4G = 4, 5G = 8); null if not computed. */
  coveredMask: number | null;
  /** Some operator reports fibre (FTTH) in the village: the rule of VILLAGE_FTTH_COVERAGE (inventory-aggregates). */
  ftth: boolean;
}

interface FacilityBase {
  code: string;
  name: string;
  /** Null when the province has no stored boundary (an IT park is placed by its province only). */
  lon: number | null;
  lat: number | null;
  provinceCode: string;
  communeCode: string | null;
  synthetic: boolean;
}

export interface DataCentreRow extends FacilityBase {
  operator: string;
  tier: number | null;
  capacityMw: number;
  racks: number | null;
  pue: number | null;
}

export interface ItParkRow extends FacilityBase {
  status: string;
  areaHa: number;
  bandwidthGbps: number | null;
}

export interface PostalFacilityRow extends FacilityBase {
  type: string;
  capacityTonnesPerDay: number | null;
}

/** Parameters of one statement, numbered as they are added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** `WHERE` for an optional province filter on a unit alias's `column`. */
function provinceWhere(params: Params, column: string, provinceCode: string | undefined): string {
  return provinceCode === undefined ? '' : `WHERE ${column} = ${params.add(provinceCode)}`;
}

export class MapRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Sites of a province, every status, visible to the scope. The scope is applied here, in the
   * statement, so rows the caller may not see never leave the database. A site's province is its
   * (current) commune's.
   */
  async sites(filter: MapSiteFilter): Promise<MapSiteRow[]> {
    const params = new Params();
    const where = [`u.province_code = ${params.add(filter.provinceCode)}`];
    if (filter.operator !== undefined) where.push(`s.operator = ${params.add(filter.operator)}`);
    if (filter.technology !== undefined) where.push(`${params.add(filter.technology)} = ANY(s.technologies)`);
    if (filter.scope.kind === 'scoped') {
      const { operator, provinces } = filter.scope;
      const visible: string[] = [];
      if (operator !== null) visible.push(`s.operator = ${params.add(operator)}`);
      if (provinces.length > 0) visible.push(`u.province_code = ANY(${params.add(provinces)}::text[])`);
      where.push(visible.length > 0 ? `(${visible.join(' OR ')})` : 'false');
    }
    const [result] = await this.db.query<{ rows: string }>(
      `SELECT COALESCE(json_agg(json_build_array(s.site_code, s.operator, ST_X(s.geom), ST_Y(s.geom), s.technologies,
           u.code, s.shared, s.status, s.synthetic) ORDER BY s.operator COLLATE "C", s.site_code COLLATE "C"), '[]')::text
         AS rows
       FROM mobile_site s JOIN admin_unit u ON u.id = s.commune_id
       WHERE ${where.join(' AND ')}`,
      params.values,
    );
    type Tuple = [string, string, number, number, string[], string, boolean, string, boolean];
    return (JSON.parse(result?.rows ?? '[]') as Tuple[]).map(
      ([code, operator, lon, lat, technologies, communeCode, shared, status, synthetic]) => ({
        code,
        operator,
        lon,
        lat,
        technologies,
        communeCode,
        shared,
        status,
        synthetic,
      }),
    );
  }

  /** Villages of a province with their stored coverage and whether fibre reaches them. */
  async villages(provinceCode: string): Promise<MapVillageRow[]> {
    const [result] = await this.db.query<{ rows: string }>(
      `SELECT COALESCE(json_agg(json_build_array(v.village_code, v.name, u.code, ST_X(v.geom), ST_Y(v.geom),
           v.population, v.households, v.synthetic, c.covered_mask,
           EXISTS (SELECT 1 FROM fixed_broadband f WHERE f.village_id = v.id AND f.ftth))
           ORDER BY v.village_code COLLATE "C"), '[]')::text AS rows
       FROM village v JOIN admin_unit u ON u.id = v.commune_id
       LEFT JOIN village_coverage c ON c.village_id = v.id
       WHERE u.province_code = $1`,
      [provinceCode],
    );
    type Tuple = [string, string, string, number, number, number, number, boolean, number | null, boolean];
    return (JSON.parse(result?.rows ?? '[]') as Tuple[]).map(
      ([code, name, communeCode, lon, lat, population, households, synthetic, coveredMask, ftth]) => ({
        code,
        name,
        communeCode,
        lon,
        lat,
        population,
        households,
        synthetic,
        coveredMask,
        ftth,
      }),
    );
  }

  async dataCentres(provinceCode?: string): Promise<DataCentreRow[]> {
    const params = new Params();
    return this.db.query<DataCentreRow>(
      `SELECT d.code, d.name, ST_X(d.geom) AS lon, ST_Y(d.geom) AS lat, u.province_code AS "provinceCode",
         u.code AS "communeCode", d.synthetic, d.operator, d.tier, d.capacity_mw AS "capacityMw", d.racks, d.pue
       FROM data_centre d JOIN admin_unit u ON u.id = d.commune_id
       ${provinceWhere(params, 'u.province_code', provinceCode)}
       ORDER BY d.code COLLATE "C"`,
      params.values,
    );
  }

  /**
   * IT parks are stored by province only (no position: DESIGN.md's inventory, migration 0003), so each
   * is placed at a point inside its province (ST_PointOnSurface, always within the polygon).
   */
  async itParks(provinceCode?: string): Promise<ItParkRow[]> {
    const params = new Params();
    return this.db.query<ItParkRow>(
      `SELECT i.code, i.name, ST_X(pt) AS lon, ST_Y(pt) AS lat, p.code AS "provinceCode",
         NULL::text AS "communeCode", i.synthetic, i.status, i.area_ha AS "areaHa",
         i.bandwidth_gbps AS "bandwidthGbps"
       FROM it_park i JOIN admin_unit p ON p.id = i.province_id
       LEFT JOIN LATERAL (SELECT ST_PointOnSurface(p.geom) AS pt) point ON true
       ${provinceWhere(params, 'p.code', provinceCode)}
       ORDER BY i.code COLLATE "C"`,
      params.values,
    );
  }

  async postalFacilities(provinceCode?: string): Promise<PostalFacilityRow[]> {
    const params = new Params();
    return this.db.query<PostalFacilityRow>(
      `SELECT f.code, f.name, ST_X(f.geom) AS lon, ST_Y(f.geom) AS lat, u.province_code AS "provinceCode",
         u.code AS "communeCode", f.synthetic, f.type, f.capacity_tonnes_per_day AS "capacityTonnesPerDay"
       FROM postal_facility f JOIN admin_unit u ON u.id = f.commune_id
       ${provinceWhere(params, 'u.province_code', provinceCode)}
       ORDER BY f.code COLLATE "C"`,
      params.values,
    );
  }
}
