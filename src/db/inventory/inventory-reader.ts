import type { Queryable } from '../database.ts';

/** Villages as columns, ready for the coverage engine (no per-row objects for 100k villages). */
export interface VillageColumns {
  ids: Int32Array;
  lon: Float64Array;
  lat: Float64Array;
  population: Float64Array;
  communeIds: Int32Array;
}

export interface SiteRow {
  id: number;
  operator: string;
  lon: number;
  lat: number;
  carriers: { technology: string; bandMhz: number }[];
  antennaHeightM: number | null;
  communeId: number;
}

/** A site in any status: the coverage state keeps every site at its place in id order. */
export interface SiteRecord extends SiteRow {
  status: string;
}

const SITE_COLUMNS = `id, operator, ST_X(geom) AS lon, ST_Y(geom) AS lat, carriers, antenna_height_m AS "antennaHeightM",
  commune_id AS "communeId", status`;

/** Reads the inventory in the shapes the computations need. */
export class InventoryReader {
  constructor(private readonly db: Queryable) {}

  async villages(communeIds?: readonly number[]): Promise<VillageColumns> {
    const rows = await this.db.query<{
      id: number;
      lon: number;
      lat: number;
      population: number;
      commune: number;
    }>(
      `SELECT id, ST_X(geom) AS lon, ST_Y(geom) AS lat, population, commune_id AS commune FROM village
       ${communeIds ? 'WHERE commune_id = ANY($1::integer[])' : ''} ORDER BY id`,
      communeIds ? [communeIds] : [],
    );
    const n = rows.length;
    const columns: VillageColumns = {
      ids: new Int32Array(n),
      lon: new Float64Array(n),
      lat: new Float64Array(n),
      population: new Float64Array(n),
      communeIds: new Int32Array(n),
    };
    rows.forEach((r, i) => {
      columns.ids[i] = r.id;
      columns.lon[i] = r.lon;
      columns.lat[i] = r.lat;
      columns.population[i] = r.population;
      columns.communeIds[i] = r.commune;
    });
    return columns;
  }

  /** Sites on air: only an operating site serves anyone. */
  async operatingSites(): Promise<SiteRow[]> {
    return this.db.query<SiteRow>(
      `SELECT id, operator, ST_X(geom) AS lon, ST_Y(geom) AS lat, carriers, antenna_height_m AS "antennaHeightM",
         commune_id AS "communeId"
       FROM mobile_site WHERE status = 'operating' ORDER BY id`,
    );
  }

  /** Every site, whatever its status, in id order (the order of the coverage engine's site indices). */
  async sites(): Promise<SiteRecord[]> {
    return this.db.query<SiteRecord>(`SELECT ${SITE_COLUMNS} FROM mobile_site ORDER BY id`);
  }

  /** The sites a submission wrote or last updated, whatever their status, in id order. */
  async sitesOfSubmission(submissionId: number): Promise<SiteRecord[]> {
    return this.db.query<SiteRecord>(
      `SELECT ${SITE_COLUMNS} FROM mobile_site WHERE submission_id = $1 ORDER BY id`,
      [submissionId],
    );
  }

  async counts(): Promise<Record<string, number>> {
    const [row] = await this.db.query<Record<string, number>>(
      `SELECT (SELECT count(*)::integer FROM village) AS villages,
              (SELECT count(*)::integer FROM mobile_site) AS sites,
              (SELECT count(*)::integer FROM data_centre) AS "dataCentres",
              (SELECT count(*)::integer FROM it_park) AS "itParks",
              (SELECT count(*)::integer FROM postal_facility) AS "postalFacilities",
              (SELECT count(*)::integer FROM network_connection) AS "networkConnections"`,
    );
    return row ?? {};
  }
}
