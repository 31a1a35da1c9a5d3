import type { AdminUnitRecord, UnitLineageRecord } from '../../core/units/admin-unit.ts';
import type { Queryable } from '../database.ts';

export interface UnitToStore extends AdminUnitRecord {
  provinceCode: string | null;
  searchText: string;
  /** GeoJSON Polygon or MultiPolygon geometry text, WGS84. */
  geometry: string | null;
  areaKm2: number | null;
  source: string;
}

const LEVEL_ORDER: AdminUnitRecord['level'][] = ['country', 'province', 'district', 'commune'];
const BATCH = 400;

const versionKey = (u: { validFrom: string | null; validTo: string | null }) => `${u.validFrom}|${u.validTo}`;

/** Writes units and lineage; idempotent (upserts on level + code + valid_from), so a reload updates in place. */
export class AdminUnitWriter {
  constructor(private readonly db: Queryable) {}

  async upsertUnits(units: readonly UnitToStore[]): Promise<number> {
    // Parents are written before children so each child can point at its parent's id.
    const ids = new Map<string, number>();
    const key = (code: string, version: string) => `${version}#${code}`;
    let written = 0;
    for (const level of LEVEL_ORDER) {
      const ofLevel = units.filter((u) => u.level === level);
      for (let i = 0; i < ofLevel.length; i += BATCH) {
        const batch = ofLevel.slice(i, i + BATCH).map((u) => ({
          code: u.code,
          level: u.level,
          name: u.name,
          full_name: u.fullName,
          name_en: u.nameEn,
          unit_type: u.unitType,
          parent_id:
            u.parentCode === null
              ? null
              : (ids.get(key(u.parentCode, versionKey(u))) ??
                ids.get(key(u.parentCode, 'null|null')) ??
                null),
          province_code: u.provinceCode,
          valid_from: u.validFrom,
          valid_to: u.validTo,
          aliases: u.aliases,
          search_text: u.searchText,
          geom: u.geometry,
          area_km2: u.areaKm2,
          source: u.source,
        }));
        const missingParent = batch.find(
          (b, j) => b.parent_id === null && ofLevel[i + j]?.parentCode !== null,
        );
        if (missingParent) {
          throw new Error(`Không tìm thấy đơn vị cha của ${missingParent.level} ${missingParent.code}`);
        }
        const rows = await this.db.query<{
          id: number;
          code: string;
          valid_from: string | null;
          valid_to: string | null;
        }>(
          `INSERT INTO admin_unit (code, level, name, full_name, name_en, unit_type, parent_id, province_code,
             valid_from, valid_to, aliases, search_text, geom, area_km2, source)
           SELECT r.code, r.level, r.name, r.full_name, r.name_en, r.unit_type, r.parent_id, r.province_code,
             r.valid_from, r.valid_to, ARRAY(SELECT json_array_elements_text(r.aliases)), r.search_text,
             CASE WHEN r.geom IS NULL THEN NULL ELSE ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(r.geom), 4326)) END,
             r.area_km2, r.source
           FROM json_to_recordset($1::json) AS r(code text, level text, name text, full_name text, name_en text,
             unit_type text, parent_id integer, province_code text, valid_from date, valid_to date, aliases json,
             search_text text, geom text, area_km2 double precision, source text)
           ON CONFLICT (level, code, (COALESCE(valid_from, DATE '0001-01-01'))) DO UPDATE SET
             name = EXCLUDED.name, full_name = EXCLUDED.full_name, name_en = EXCLUDED.name_en,
             unit_type = EXCLUDED.unit_type, parent_id = EXCLUDED.parent_id, province_code = EXCLUDED.province_code,
             valid_to = EXCLUDED.valid_to, aliases = EXCLUDED.aliases, search_text = EXCLUDED.search_text,
             geom = EXCLUDED.geom, area_km2 = EXCLUDED.area_km2, source = EXCLUDED.source
           RETURNING id, code, valid_from, valid_to`,
          [JSON.stringify(batch)],
        );
        for (const r of rows) ids.set(key(r.code, `${r.valid_from}|${r.valid_to}`), r.id);
        written += rows.length;
      }
    }
    return written;
  }

  /**
   * Writes the links (upsert on the pair). Both ends are looked up in memory rather than joined in SQL:
   * 10k links resolved by a join on nullable dates took ~5 s on PGlite, this takes well under one.
   * Returns the links whose ends are not stored, which the caller must treat as an error.
   */
  async upsertLineage(
    links: readonly UnitLineageRecord[],
  ): Promise<{ written: number; unresolved: UnitLineageRecord[] }> {
    const stored = await this.db.query<{
      id: number;
      code: string;
      level: string;
      valid_from: string | null;
      valid_to: string | null;
    }>('SELECT id, code, level, valid_from, valid_to FROM admin_unit');
    const byEnd = new Map<string, number>();
    for (const u of stored) {
      byEnd.set(`to|${u.level}|${u.code}|${u.valid_to}`, u.id);
      byEnd.set(`from|${u.level}|${u.code}|${u.valid_from}`, u.id);
    }
    const rows: { predecessor_id: number; successor_id: number; kind: string; effective: string }[] = [];
    const unresolved: UnitLineageRecord[] = [];
    for (const l of links) {
      const p = byEnd.get(`to|${l.predecessor.level}|${l.predecessor.code}|${l.predecessor.validTo}`);
      const s = byEnd.get(`from|${l.successor.level}|${l.successor.code}|${l.successor.validFrom}`);
      if (p === undefined || s === undefined) unresolved.push(l);
      else rows.push({ predecessor_id: p, successor_id: s, kind: l.kind, effective: l.effective });
    }
    let written = 0;
    for (let i = 0; i < rows.length; i += 2000) {
      const result = await this.db.query<{ n: number }>(
        `WITH written AS (
           INSERT INTO unit_lineage (predecessor_id, successor_id, kind, effective)
           SELECT r.predecessor_id, r.successor_id, r.kind, r.effective
           FROM json_to_recordset($1::json) AS r(predecessor_id integer, successor_id integer, kind text, effective date)
           ON CONFLICT (predecessor_id, successor_id) DO UPDATE SET kind = EXCLUDED.kind, effective = EXCLUDED.effective
           RETURNING 1
         )
         SELECT count(*)::integer AS n FROM written`,
        [JSON.stringify(rows.slice(i, i + 2000))],
      );
      written += result[0]?.n ?? 0;
    }
    return { written, unresolved };
  }
}
