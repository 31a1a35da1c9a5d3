import { expect, it } from 'vitest';
import { systemClock } from '../../src/services/clock.ts';
import { loadDemoInventory } from '../../src/services/inventory/load-demo-inventory.ts';
import { UnitsService } from '../../src/services/units/units-service.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { TEST_DEMO_PROVINCE, TEST_DEMO_SEED } from '../support/test-database.ts';

describeEachEngine('demo inventory', (db) => {
  it('stores synthetic villages and sites for Thái Nguyên, every one flagged synthetic', async () => {
    const [row] = await db().query<{ villages: number; sites: number; real: number; other: number }>(
      // Other test files add real (non-synthetic) sites to the shared database: only the demo's rows count.
      `WITH demo AS (SELECT id FROM submission WHERE dataset_type = 'demo')
       SELECT (SELECT count(*)::integer FROM village) AS villages,
              (SELECT count(*)::integer FROM mobile_site) AS sites,
              (SELECT count(*)::integer FROM village WHERE NOT synthetic AND submission_id IN (SELECT id FROM demo))
                + (SELECT count(*)::integer FROM mobile_site WHERE NOT synthetic AND submission_id IN (SELECT id FROM demo))
                AS real,
              (SELECT count(*)::integer FROM village v JOIN admin_unit u ON u.id = v.commune_id
                 WHERE u.province_code <> $1 AND v.submission_id IN (SELECT id FROM demo)) AS other`,
      [TEST_DEMO_PROVINCE],
    );
    // ~30 villages per commune × 92 communes; ~1 site per village in a mountain province.
    expect(row?.villages).toBeGreaterThan(2000);
    expect(row?.sites).toBeGreaterThan(1500);
    expect(row?.real).toBe(0);
    expect(row?.other).toBe(0);
  });

  it('places every village inside its own commune', async () => {
    const [row] = await db().query<{ outside: number }>(
      `SELECT count(*)::integer AS outside FROM village v JOIN admin_unit u ON u.id = v.commune_id
       WHERE NOT ST_Intersects(u.geom, v.geom)`,
    );
    expect(row?.outside).toBe(0);
  });

  it('records the load under a synthetic demo submission', async () => {
    const rows = await db().query<{ dataset_type: string; synthetic: boolean; status: string }>(
      'SELECT dataset_type, synthetic, status FROM submission',
    );
    expect(rows).toContainEqual({ dataset_type: 'demo', synthetic: true, status: 'approved' });
  });

  it('does nothing when loaded again with the same seed and scope', async () => {
    const units = await new UnitsService(db(), systemClock()).catalogue();
    const again = await loadDemoInventory(db(), units, {
      seed: TEST_DEMO_SEED,
      provinces: [TEST_DEMO_PROVINCE],
    });
    expect(again.skipped).toBe(true);
  });
});
