import type { Queryable } from '../database.ts';

/** Per-commune counts of the inventory that indicators are made of (numerators and denominators). */
export interface CommuneAggregates {
  communeId: number;
  sites: number;
  sites4g: number;
  sites5g: number;
  sharedSites: number;
  villages: number;
  villagesWithFtth: number;
  households: number;
  householdsPassed: number;
  communeCommittees: number;
  communeCommitteesConnected: number;
  agencies: number;
  agenciesConnected: number;
  dataCentres: number;
  dataCentreMw: number;
  postalCapacity: number;
}

/** Counts by commune, computed by SQL over the stored inventory (one statement per asset table). */
export class InventoryAggregates {
  constructor(private readonly db: Queryable) {}

  /** Every commune's counts, or only those of `communeIds` (the communes a submission touched). */
  async byCommune(communeIds?: readonly number[]): Promise<Map<number, CommuneAggregates>> {
    const only = (column: string) => (communeIds ? `AND ${column} = ANY($1::integer[])` : '');
    const params = communeIds ? [[...communeIds]] : [];
    const out = new Map<number, CommuneAggregates>();
    const row = (id: number): CommuneAggregates => {
      let r = out.get(id);
      if (!r) {
        r = {
          communeId: id,
          sites: 0,
          sites4g: 0,
          sites5g: 0,
          sharedSites: 0,
          villages: 0,
          villagesWithFtth: 0,
          households: 0,
          householdsPassed: 0,
          communeCommittees: 0,
          communeCommitteesConnected: 0,
          agencies: 0,
          agenciesConnected: 0,
          dataCentres: 0,
          dataCentreMw: 0,
          postalCapacity: 0,
        };
        out.set(id, r);
      }
      return r;
    };
    for (const s of await this.db.query<{ c: number; n: number; n4: number; n5: number; shared: number }>(
      `SELECT commune_id AS c, count(*)::integer AS n, count(*) FILTER (WHERE '4G' = ANY(technologies))::integer AS n4,
         count(*) FILTER (WHERE '5G' = ANY(technologies))::integer AS n5, count(*) FILTER (WHERE shared)::integer AS shared
       FROM mobile_site WHERE status = 'operating' ${only('commune_id')} GROUP BY commune_id`,
      params,
    )) {
      Object.assign(row(s.c), { sites: s.n, sites4g: s.n4, sites5g: s.n5, sharedSites: s.shared });
    }
    // A village's fibre reach is its best operator's: households passed never exceed households.
    for (const v of await this.db.query<{ c: number; n: number; ftth: number; hh: number; passed: number }>(
      `SELECT v.commune_id AS c, count(*)::integer AS n, count(*) FILTER (WHERE f.ftth)::integer AS ftth,
         sum(v.households)::float8 AS hh, sum(LEAST(v.households, COALESCE(f.passed, 0)))::float8 AS passed
       FROM village v LEFT JOIN (
         SELECT village_id, bool_or(ftth) AS ftth, max(households_passed) AS passed FROM fixed_broadband
         ${communeIds ? 'WHERE village_id IN (SELECT id FROM village WHERE commune_id = ANY($1::integer[]))' : ''}
         GROUP BY village_id
       ) f ON f.village_id = v.id WHERE true ${only('v.commune_id')} GROUP BY v.commune_id`,
      params,
    )) {
      Object.assign(row(v.c), {
        villages: v.n,
        villagesWithFtth: v.ftth,
        households: v.hh,
        householdsPassed: v.passed,
      });
    }
    for (const n of await this.db.query<{ c: number; pc: number; pcOn: number; all: number; allOn: number }>(
      `SELECT commune_id AS c, count(*) FILTER (WHERE is_commune_peoples_committee)::integer AS pc,
         count(*) FILTER (WHERE is_commune_peoples_committee AND connected)::integer AS "pcOn",
         count(*)::integer AS all, count(*) FILTER (WHERE connected)::integer AS "allOn"
       FROM network_connection WHERE true ${only('commune_id')} GROUP BY commune_id`,
      params,
    )) {
      Object.assign(row(n.c), {
        communeCommittees: n.pc,
        communeCommitteesConnected: n.pcOn,
        agencies: n.all,
        agenciesConnected: n.allOn,
      });
    }
    for (const d of await this.db.query<{ c: number; n: number; mw: number }>(
      `SELECT commune_id AS c, count(*)::integer AS n, sum(capacity_mw)::float8 AS mw FROM data_centre
       WHERE true ${only('commune_id')} GROUP BY commune_id`,
      params,
    )) {
      Object.assign(row(d.c), { dataCentres: d.n, dataCentreMw: d.mw });
    }
    for (const p of await this.db.query<{ c: number; t: number }>(
      `SELECT commune_id AS c, sum(COALESCE(capacity_tonnes_per_day, 0))::float8 AS t FROM postal_facility
       WHERE true ${only('commune_id')} GROUP BY commune_id`,
      params,
    )) {
      row(p.c).postalCapacity = p.t;
    }
    return out;
  }

  /** IT parks formed (operating or building) per province id. */
  async itParksByProvince(): Promise<Map<number, number>> {
    const rows = await this.db.query<{ p: number; n: number }>(
      `SELECT province_id AS p, count(*)::integer AS n FROM it_park WHERE status IN ('operating', 'building') GROUP BY province_id`,
    );
    return new Map(rows.map((r) => [r.p, r.n]));
  }
}
