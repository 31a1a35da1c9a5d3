import { expect, it } from 'vitest';
import { InventoryWriter } from '../../src/db/inventory/inventory-writer.ts';
import { describeEachEngine } from '../support/each-engine.ts';

/**
 * mobile_site keeps its commune and submission references in the application, not by foreign keys
 * (migration 0004: the per-row triggers cost 45 % of a bulk insert). These tests hold the writer to it.
 */
describeEachEngine('mobile site references kept by the application', (db) => {
  it('every stored site names an existing commune and, if any, an existing submission', async () => {
    const [row] = await db().query<{ communes: number; submissions: number; sites: number }>(
      `SELECT count(*) FILTER (WHERE u.id IS NULL OR u.level <> 'commune')::integer AS communes,
              count(*) FILTER (WHERE s.submission_id IS NOT NULL AND b.id IS NULL)::integer AS submissions,
              count(*)::integer AS sites
       FROM mobile_site s
       LEFT JOIN admin_unit u ON u.id = s.commune_id
       LEFT JOIN submission b ON b.id = s.submission_id`,
    );
    expect(row?.sites).toBeGreaterThan(0);
    expect({ communes: row?.communes, submissions: row?.submissions }).toEqual({
      communes: 0,
      submissions: 0,
    });
  });

  it('refuses to write a site whose commune code is unknown, before anything reaches the table', async () => {
    const site = {
      siteCode: 'REF-UNKNOWN-COMMUNE',
      operator: 'VIETTEL' as const,
      position: { lon: 105.8348, lat: 22.147 },
      communeCode: '99999',
      carriers: [{ technology: '4G' as const, bandMhz: 1800 }],
      antennaHeightM: null,
      shared: false,
      tenants: [],
      status: 'operating' as const,
      onAirDate: null,
      decommissionedDate: null,
      synthetic: false,
    };
    const writer = new InventoryWriter(db(), null);
    await expect(writer.addSites([site], new Map([['01840', 1]]))).rejects.toThrow('99999');
    await expect(writer.sites([site], new Map([['01840', 1]]))).rejects.toThrow('99999');
    const [found] = await db().query<{ n: number }>(
      "SELECT count(*)::integer AS n FROM mobile_site WHERE site_code = 'REF-UNKNOWN-COMMUNE'",
    );
    expect(found?.n).toBe(0);
  });
});
