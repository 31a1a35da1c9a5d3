import type { MobileSite } from '../../core/assets/asset-model.ts';
import { copyField } from '../copy-text.ts';
import type { Queryable } from '../database.ts';
import { arrayLiteral, carrierColumns, SITE_UPSERT, type UnitIds } from './inventory-writer.ts';

/** A validated site kept with its submission, in file order. */
export interface KeptSite {
  seq: number;
  provinceCode: string | null;
  site: MobileSite;
}

const KEPT_COLUMNS = [
  'submission_id',
  'seq',
  'province_code',
  'operator',
  'site_code',
  'lon',
  'lat',
  'commune_code',
  'carriers',
  'technologies',
  'antenna_height_m',
  'shared',
  'tenants',
  'status',
  'on_air_date',
  'decommissioned_date',
  'synthetic',
] as const;

/** Sites made current per statement on approval: progress between them, and bounded work per step. */
const APPLY_STEP = 100_000;

/**
 * Site lists kept with their submission in typed columns (migration 0007): staged by COPY at upload,
 * made current on approval by set-based upserts inside the database, never read back through this
 * process. Reading them as rows (report pages, comparing versions) goes through the
 * `submission_kept_row` view, which gives them the JSON shape of every other dataset's kept rows.
 */
export class KeptSiteRepository {
  constructor(private readonly db: Queryable) {}

  async stage(submissionId: number, rows: readonly KeptSite[]): Promise<void> {
    if (rows.length === 0) return;
    // One line per site built by hand, as InventoryWriter.addSites does (measured ~3× a generic writer).
    // Only the site code is free text; the rest are numbers, dates or closed vocabularies.
    let text = '';
    for (const { seq, provinceCode, site: s } of rows) {
      text +=
        `${submissionId}\t${seq}\t${provinceCode ?? '\\N'}\t${s.operator}\t${copyField(s.siteCode)}\t` +
        `${s.position.lon}\t${s.position.lat}\t${s.communeCode}\t${carrierColumns(s.carriers)}\t` +
        `${s.antennaHeightM ?? '\\N'}\t${s.shared ? 't' : 'f'}\t${arrayLiteral(s.tenants)}\t${s.status}\t` +
        `${s.onAirDate ?? '\\N'}\t${s.decommissionedDate ?? '\\N'}\t${s.synthetic ? 't' : 'f'}\n`;
    }
    await this.db.copyRows('submission_site', KEPT_COLUMNS, text);
  }

  /**
   * Makes the submission's kept sites current: upserted on (operator, site code) with the same
   * SITE_UPSERT as InventoryWriter.sites, each with the id of its commune as it is now
   * (`valid_to IS NULL`, the rule of currentUnitIds, whose codes `current` holds). A commune code no longer current fails before
   * anything is written. Counts additions and updates as the upserts find them (`xmax = 0`: the row
   * version was inserted, not updated).
   *
   * Each row's commune is found through an index (admin_unit_code): a table staged a moment ago has no
   * statistics, and a join the planner then chose as a nested loop over an unindexed side (an unnest
   * of the codes) took 40 s at 300,000 rows.
   */
  async apply(
    submissionId: number,
    current: UnitIds,
    onProgress: (applied: number) => void,
  ): Promise<{ additions: number; updates: number }> {
    const communes = await this.db.query<{ code: string; seq: number; siteCode: string }>(
      `SELECT DISTINCT ON (commune_code) commune_code AS code, seq, site_code AS "siteCode"
       FROM submission_site WHERE submission_id = $1 ORDER BY commune_code, seq`,
      [submissionId],
    );
    const unknown = communes.filter((c) => !current.has(c.code)).sort((a, b) => a.seq - b.seq)[0];
    if (unknown) throw new Error(`${unknown.siteCode}: không có đơn vị hành chính mã ${unknown.code}`);
    const [extent] = await this.db.query<{ last: number }>(
      'SELECT COALESCE(max(seq), 0) AS last FROM submission_site WHERE submission_id = $1',
      [submissionId],
    );
    const last = extent?.last ?? 0;
    let additions = 0;
    let updates = 0;
    for (let from = 0; from < last; from += APPLY_STEP) {
      const [step] = await this.db.query<{ added: number; updated: number }>(
        `WITH written AS (
           INSERT INTO mobile_site (operator, site_code, geom, commune_id, carriers, technologies, antenna_height_m,
             shared, tenants, status, on_air_date, decommissioned_date, synthetic, submission_id)
           SELECT s.operator, s.site_code, ST_SetSRID(ST_MakePoint(s.lon, s.lat), 4326),
             (SELECT u.id FROM admin_unit u
              WHERE u.code = s.commune_code AND u.level = 'commune' AND u.valid_to IS NULL),
             s.carriers, s.technologies, s.antenna_height_m, s.shared, s.tenants, s.status, s.on_air_date,
             s.decommissioned_date, s.synthetic, s.submission_id
           FROM submission_site s
           WHERE s.submission_id = $1 AND s.seq > $2 AND s.seq <= $3
           ${SITE_UPSERT}
           RETURNING xmax = 0 AS inserted)
         SELECT count(*) FILTER (WHERE inserted)::integer AS added,
                count(*) FILTER (WHERE NOT inserted)::integer AS updated
         FROM written`,
        [submissionId, from, from + APPLY_STEP],
      );
      additions += step?.added ?? 0;
      updates += step?.updated ?? 0;
      onProgress(additions + updates);
    }
    return { additions, updates };
  }
}
