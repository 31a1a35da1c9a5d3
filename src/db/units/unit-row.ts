import type { AdminUnitRecord, IsoDate } from '../../core/units/admin-unit.ts';

/** A unit as stored: the record plus its database id and derived columns. */
export interface StoredUnit extends AdminUnitRecord {
  id: number;
  parentId: number | null;
  provinceCode: string | null;
  areaKm2: number | null;
  hasGeometry: boolean;
}

/** Columns selected for a StoredUnit, camel-cased so rows need no mapping. Alias of the table: `u`. */
export const UNIT_COLUMNS = `u.id, u.code, u.level, u.name, u.full_name AS "fullName", u.name_en AS "nameEn",
  u.unit_type AS "unitType", u.parent_id AS "parentId", p.code AS "parentCode", u.province_code AS "provinceCode",
  u.valid_from AS "validFrom", u.valid_to AS "validTo", u.aliases, u.area_km2 AS "areaKm2",
  (u.geom IS NOT NULL) AS "hasGeometry"`;

export const UNIT_FROM = 'admin_unit u LEFT JOIN admin_unit p ON p.id = u.parent_id';

/** SQL condition: unit `alias` is in force on the date bound to parameter `$n` (inclusive ends). */
export function validOnSql(alias: string, param: number): string {
  return `(${alias}.valid_from IS NULL OR ${alias}.valid_from <= $${param}::date) AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= $${param}::date)`;
}

export type { IsoDate };
