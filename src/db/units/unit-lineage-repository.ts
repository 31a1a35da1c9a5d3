import type { AdminUnitRecord, LineageKind, UnitLineageRecord } from '../../core/units/admin-unit.ts';
import type { Queryable } from '../database.ts';
import { type StoredUnit, UNIT_COLUMNS, UNIT_FROM } from './unit-row.ts';

export interface LinkedUnit {
  unit: StoredUnit;
  kind: LineageKind;
  effective: string;
}

/** The old → new links between unit versions, queryable both ways. */
export class UnitLineageRepository {
  constructor(private readonly db: Queryable) {}

  /** Units this one was formed from. */
  async predecessorsOf(unitId: number): Promise<LinkedUnit[]> {
    return this.linked('l.successor_id = $1', 'l.predecessor_id', unitId);
  }

  /** Units that took over this one's territory. */
  async successorsOf(unitId: number): Promise<LinkedUnit[]> {
    return this.linked('l.predecessor_id = $1', 'l.successor_id', unitId);
  }

  private async linked(condition: string, otherColumn: string, unitId: number): Promise<LinkedUnit[]> {
    const rows = await this.db.query<StoredUnit & { kind: LineageKind; effective: string }>(
      `SELECT ${UNIT_COLUMNS}, l.kind, l.effective FROM unit_lineage l
       JOIN ${UNIT_FROM} ON u.id = ${otherColumn} WHERE ${condition} ORDER BY u.code`,
      [unitId],
    );
    return rows.map(({ kind, effective, ...unit }) => ({ unit, kind, effective }));
  }

  async count(): Promise<number> {
    const [row] = await this.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM unit_lineage');
    return row?.n ?? 0;
  }

  /** Every link, with both ends identified as in the core records. */
  async all(): Promise<UnitLineageRecord[]> {
    const rows = await this.db.query<{
      pCode: string;
      pLevel: AdminUnitRecord['level'];
      pValidTo: string | null;
      sCode: string;
      sLevel: AdminUnitRecord['level'];
      sValidFrom: string | null;
      kind: LineageKind;
      effective: string;
    }>(
      `SELECT p.code AS "pCode", p.level AS "pLevel", p.valid_to AS "pValidTo",
              s.code AS "sCode", s.level AS "sLevel", s.valid_from AS "sValidFrom", l.kind, l.effective
       FROM unit_lineage l JOIN admin_unit p ON p.id = l.predecessor_id JOIN admin_unit s ON s.id = l.successor_id`,
    );
    return rows.map((r) => ({
      predecessor: { code: r.pCode, level: r.pLevel, validTo: r.pValidTo },
      successor: { code: r.sCode, level: r.sLevel, validFrom: r.sValidFrom },
      kind: r.kind,
      effective: r.effective,
    }));
  }
}
