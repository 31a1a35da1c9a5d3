import type { DatasetType } from '../../core/inventory-import/dataset-contract.ts';
import type { Queryable } from '../database.ts';

/**
 * The natural keys already stored for a dataset (as `DatasetDefinition.keyOf` spells them), so a
 * submission can tell updates from additions. Sites and fixed broadband are per operator: only the
 * submitting operator's keys count (another operator may use the same site code).
 */
const SQL: Record<DatasetType, { sql: string; perOrganisation: boolean }> = {
  sites: { sql: 'SELECT site_code AS key FROM mobile_site WHERE operator = $1', perOrganisation: true },
  villages: { sql: 'SELECT village_code AS key FROM village', perOrganisation: false },
  fixed_broadband: {
    sql: `SELECT v.village_code || '|' || f.operator AS key FROM fixed_broadband f
          JOIN village v ON v.id = f.village_id WHERE f.operator = $1`,
    perOrganisation: true,
  },
  data_centres: { sql: 'SELECT code AS key FROM data_centre', perOrganisation: false },
  it_parks: { sql: 'SELECT code AS key FROM it_park', perOrganisation: false },
  postal_facilities: { sql: 'SELECT code AS key FROM postal_facility', perOrganisation: false },
  network_connections: { sql: 'SELECT agency_code AS key FROM network_connection', perOrganisation: false },
};

export async function storedKeys(
  db: Queryable,
  type: DatasetType,
  organisation: string,
): Promise<Set<string>> {
  const { sql, perOrganisation } = SQL[type];
  const rows = await db.query<{ key: string }>(sql, perOrganisation ? [organisation] : []);
  return new Set(rows.map((r) => r.key));
}

/** Every stored village code (fixed broadband rows refer to villages by code). */
export async function storedVillageCodes(db: Queryable): Promise<Set<string>> {
  const rows = await db.query<{ key: string }>('SELECT village_code AS key FROM village');
  return new Set(rows.map((r) => r.key));
}
