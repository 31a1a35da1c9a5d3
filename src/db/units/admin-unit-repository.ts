import type { IsoDate, UnitLevel } from '../../core/units/admin-unit.ts';
import type { Queryable } from '../database.ts';
import { type StoredUnit, UNIT_COLUMNS, UNIT_FROM, validOnSql } from './unit-row.ts';

export interface UnitListFilter {
  date: IsoDate;
  level?: UnitLevel;
  /** Direct children of this unit, or (with `level`) every descendant of that level. */
  parent?: StoredUnit;
  /** Lower-case, diacritic-free text (see core/text foldForSearch) matched anywhere in the names. */
  searchText?: string;
  limit: number;
  offset: number;
}

const LEVEL_ORDER = "array_position(ARRAY['country','province','district','commune'], u.level)";

/** Reads administrative units; every read is as of a date, because the hierarchy changes. */
export class AdminUnitRepository {
  constructor(private readonly db: Queryable) {}

  async findByCode(code: string, date: IsoDate): Promise<StoredUnit | null> {
    const rows = await this.db.query<StoredUnit>(
      `SELECT ${UNIT_COLUMNS} FROM ${UNIT_FROM} WHERE u.code = $1 AND ${validOnSql('u', 2)}
       ORDER BY ${LEVEL_ORDER} LIMIT 1`,
      [code, date],
    );
    return rows[0] ?? null;
  }

  /** Every version of a code (e.g. province 19 before and after 1 Jul 2025), newest first. */
  async findVersions(code: string): Promise<StoredUnit[]> {
    return this.db.query<StoredUnit>(
      `SELECT ${UNIT_COLUMNS} FROM ${UNIT_FROM} WHERE u.code = $1
       ORDER BY u.valid_from DESC NULLS LAST, ${LEVEL_ORDER}`,
      [code],
    );
  }

  async findById(id: number): Promise<StoredUnit | null> {
    const rows = await this.db.query<StoredUnit>(`SELECT ${UNIT_COLUMNS} FROM ${UNIT_FROM} WHERE u.id = $1`, [
      id,
    ]);
    return rows[0] ?? null;
  }

  async list(filter: UnitListFilter): Promise<{ items: StoredUnit[]; total: number }> {
    const params: unknown[] = [filter.date];
    const where = [validOnSql('u', 1)];
    const bind = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.level) where.push(`u.level = ${bind(filter.level)}`);
    if (filter.parent) where.push(this.parentCondition(filter.parent, filter.level, bind));
    const order = [LEVEL_ORDER, 'u.code'];
    if (filter.searchText) {
      const q = bind(filter.searchText);
      where.push(`strpos(u.search_text, ${q}) > 0`);
      // Names that start with the text come first (search_text begins with the folded name).
      order.unshift(`CASE WHEN left(u.search_text, length(${q})) = ${q} THEN 0 ELSE 1 END`);
    }
    const condition = where.join(' AND ');
    const [countRow] = await this.db.query<{ total: number }>(
      `SELECT count(*)::integer AS total FROM admin_unit u WHERE ${condition}`,
      params,
    );
    const limit = bind(filter.limit);
    const offset = bind(filter.offset);
    const items = await this.db.query<StoredUnit>(
      `SELECT ${UNIT_COLUMNS} FROM ${UNIT_FROM} WHERE ${condition}
       ORDER BY ${order.join(', ')} LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return { items, total: countRow?.total ?? 0 };
  }

  private parentCondition(
    parent: StoredUnit,
    level: UnitLevel | undefined,
    bind: (v: unknown) => string,
  ): string {
    if (!level) return `u.parent_id = ${bind(parent.id)}`;
    if (parent.level === 'country') return 'TRUE';
    if (parent.level === 'province') return `u.province_code = ${bind(parent.code)}`;
    return `u.parent_id = ${bind(parent.id)}`;
  }

  /** The unit's ancestors, nearest first, up to the country. */
  async ancestors(unit: StoredUnit): Promise<StoredUnit[]> {
    const chain: StoredUnit[] = [];
    let parentId = unit.parentId;
    // Depth is at most three (commune → district → province → country): a loop beats a recursive CTE here.
    while (parentId !== null) {
      const parent = await this.findById(parentId);
      if (!parent) break;
      chain.push(parent);
      parentId = parent.parentId;
    }
    return chain;
  }

  async childrenCount(unit: StoredUnit): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(
      'SELECT count(*)::integer AS n FROM admin_unit WHERE parent_id = $1',
      [unit.id],
    );
    return row?.n ?? 0;
  }

  /** Number of units of each level in force on the date. */
  async countByLevel(date: IsoDate): Promise<Record<string, number>> {
    const rows = await this.db.query<{ level: string; n: number }>(
      `SELECT u.level, count(*)::integer AS n FROM admin_unit u WHERE ${validOnSql('u', 1)} GROUP BY u.level`,
      [date],
    );
    return Object.fromEntries(rows.map((r) => [r.level, r.n]));
  }

  /** Every unit of every version (for building the in-memory name index). */
  async all(): Promise<StoredUnit[]> {
    return this.db.query<StoredUnit>(`SELECT ${UNIT_COLUMNS} FROM ${UNIT_FROM} ORDER BY u.id`);
  }

  async geometryOf(unitId: number): Promise<string | null> {
    const [row] = await this.db.query<{ geojson: string | null }>(
      'SELECT ST_AsGeoJSON(geom, 6) AS geojson FROM admin_unit WHERE id = $1',
      [unitId],
    );
    return row?.geojson ?? null;
  }
}
