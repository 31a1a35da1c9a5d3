import type { IsoDate, UnitLevel } from '../../core/units/admin-unit.ts';
import type { Queryable } from '../database.ts';
import { validOnSql } from './unit-row.ts';

export interface FeatureQuery {
  date: IsoDate;
  level: UnitLevel;
  provinceCode?: string;
  /** Douglas–Peucker tolerance in degrees for ST_SimplifyPreserveTopology; 0 keeps every vertex. */
  tolerance: number;
}

/** Unit boundaries as GeoJSON, assembled by PostGIS so large collections never pass through JS objects. */
export class UnitGeometryRepository {
  constructor(private readonly db: Queryable) {}

  /** A GeoJSON FeatureCollection text of the units matching the query that have a geometry. */
  async featureCollection(query: FeatureQuery): Promise<string> {
    const params: unknown[] = [query.date, query.level, query.tolerance];
    let where = `${validOnSql('u', 1)} AND u.level = $2 AND u.geom IS NOT NULL`;
    if (query.provinceCode !== undefined) {
      params.push(query.provinceCode);
      where += ` AND u.province_code = $${params.length}`;
    }
    const [row] = await this.db.query<{ fc: string }>(
      `SELECT json_build_object(
         'type', 'FeatureCollection',
         'features', COALESCE(json_agg(json_build_object(
           'type', 'Feature',
           'id', u.code,
           'properties', json_build_object('code', u.code, 'name', u.name, 'fullName', u.full_name,
             'level', u.level, 'unitType', u.unit_type, 'provinceCode', u.province_code),
           'geometry', ST_AsGeoJSON(ST_Multi(CASE WHEN $3::float8 > 0 THEN ST_SimplifyPreserveTopology(u.geom, $3::float8)
             ELSE u.geom END), 5)::json
         ) ORDER BY u.code), '[]'::json)
       )::text AS fc
       FROM admin_unit u WHERE ${where}`,
      params,
    );
    return row?.fc ?? '{"type":"FeatureCollection","features":[]}';
  }
}
