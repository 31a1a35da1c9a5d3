import { expect, it } from 'vitest';
import type { MobileSite } from '../../src/core/assets/asset-model.ts';
import type { Queryable } from '../../src/db/database.ts';
import { KeptSiteRepository } from '../../src/db/inventory/kept-site-repository.ts';
import { SubmissionRepository } from '../../src/db/inventory/submission-repository.ts';
import { type StagedRow, SubmissionRowRepository } from '../../src/db/inventory/submission-row-repository.ts';
import { describeEachEngine } from '../support/each-engine.ts';

class RolledBack extends Error {}

async function draft(tx: Queryable, datasetType: 'villages' | 'sites', rowCount: number): Promise<number> {
  return new SubmissionRepository(tx).create({
    datasetType,
    organisation: datasetType === 'sites' ? 'VIETTEL' : 'TEST-ROWS',
    period: '2025',
    status: 'draft',
    fileName: 'tep.csv',
    fileSha256: null,
    encoding: 'utf-8',
    rowCount,
    errorCount: 0,
    report: [],
    synthetic: false,
  });
}

const site = (siteCode: string, communeCode: string, antennaHeightM: number): MobileSite => ({
  siteCode,
  operator: 'VIETTEL',
  position: { lon: 105.8348, lat: 22.147 },
  communeCode,
  carriers: [{ technology: '4G', bandMhz: 1800 }],
  antennaHeightM,
  shared: false,
  tenants: [],
  status: 'operating',
  onAirDate: '2024-03-15',
  decommissionedDate: null,
  synthetic: false,
});

/**
 * The rows kept with a submission are read back in pages on approval (apply-submission.ts). Pages are
 * ranges of seqs (the speed is measured by `npm run bench -- import.sites`), so a page boundary must
 * neither drop nor repeat a row.
 */
describeEachEngine('rows kept with a submission', (db) => {
  it('reads back every staged row once, in file order, across page boundaries', async () => {
    const total = 12_001;
    const pageSize = 5000;
    await expect(
      db().transaction(async (tx) => {
        const id = await draft(tx, 'villages', total);
        const rows = new SubmissionRowRepository(tx);
        const staged: StagedRow[] = Array.from({ length: total }, (_, i) => ({
          seq: i + 1,
          key: `THON-${String(i + 1).padStart(5, '0')}`,
          provinceCode: i % 2 === 0 ? '19' : '01',
          data: { villageCode: `THON-${i + 1}`, name: `Thôn ${i + 1}` },
        }));
        // Staged in two batches, as the import's batch writer does.
        await rows.stage(id, staged.slice(0, 7000), 'villages');
        await rows.stage(id, staged.slice(7000), 'villages');
        const read: StagedRow[] = [];
        const pages: number[] = [];
        for (let after = 0; ; ) {
          const page = await rows.readAfter(id, after, pageSize);
          if (page.length === 0) break;
          pages.push(page.length);
          read.push(...page);
          after = page.at(-1)?.seq ?? after;
        }
        expect(pages).toEqual([5000, 5000, 2001]);
        expect(read.map((r) => r.seq)).toEqual(staged.map((r) => r.seq));
        expect(read.at(-1)).toEqual(staged.at(-1));
        expect(read[5000]).toEqual(staged[5000]);
        throw new RolledBack();
      }),
    ).rejects.toBeInstanceOf(RolledBack);
  });

  it('makes kept sites current inside the database, telling additions from updates', async () => {
    await expect(
      db().transaction(async (tx) => {
        const units = new Map(
          (
            await tx.query<{ code: string; id: number }>(
              "SELECT code, id FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL",
            )
          ).map((u) => [u.code, u.id]),
        );
        const kept = new KeptSiteRepository(tx);
        const first = await draft(tx, 'sites', 1);
        await kept.stage(first, [{ seq: 1, provinceCode: '19', site: site('KEPT-1', '01840', 30) }]);
        expect(await kept.apply(first, units, () => {})).toEqual({ additions: 1, updates: 0 });
        const second = await draft(tx, 'sites', 2);
        await kept.stage(second, [
          { seq: 1, provinceCode: '19', site: site('KEPT-1', '01840', 45) },
          { seq: 2, provinceCode: '19', site: site('KEPT-2', '01840', 25) },
        ]);
        const seen: number[] = [];
        expect(await kept.apply(second, units, (n) => seen.push(n))).toEqual({ additions: 1, updates: 1 });
        expect(seen.at(-1)).toBe(2);
        const stored = await tx.query<{ code: string; height: number; submission: number; commune: number }>(
          `SELECT site_code AS code, antenna_height_m AS height, submission_id AS submission, commune_id AS commune
           FROM mobile_site WHERE site_code LIKE 'KEPT-%' ORDER BY site_code`,
        );
        expect(stored).toEqual([
          { code: 'KEPT-1', height: 45, submission: second, commune: units.get('01840') },
          { code: 'KEPT-2', height: 25, submission: second, commune: units.get('01840') },
        ]);
        throw new RolledBack();
      }),
    ).rejects.toBeInstanceOf(RolledBack);
  });

  it('refuses kept sites whose commune is no longer current, before writing any', async () => {
    await expect(
      db().transaction(async (tx) => {
        const units = new Map([['01840', 1]]);
        const kept = new KeptSiteRepository(tx);
        const id = await draft(tx, 'sites', 2);
        await kept.stage(id, [
          { seq: 1, provinceCode: '19', site: site('KEPT-OK', '01840', 30) },
          { seq: 2, provinceCode: '19', site: site('KEPT-GONE', '99999', 30) },
        ]);
        await expect(kept.apply(id, units, () => {})).rejects.toThrow(
          'KEPT-GONE: không có đơn vị hành chính mã 99999',
        );
        const [row] = await tx.query<{ n: number }>(
          "SELECT count(*)::integer AS n FROM mobile_site WHERE site_code LIKE 'KEPT-%'",
        );
        expect(row?.n).toBe(0);
        throw new RolledBack();
      }),
    ).rejects.toBeInstanceOf(RolledBack);
  });
});
