import { expect, it } from 'vitest';
import { SubmissionRepository } from '../../src/db/inventory/submission-repository.ts';
import { type StagedRow, SubmissionRowRepository } from '../../src/db/inventory/submission-row-repository.ts';
import { describeEachEngine } from '../support/each-engine.ts';

class RolledBack extends Error {}

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
        const id = await new SubmissionRepository(tx).create({
          datasetType: 'villages',
          organisation: 'TEST-ROWS',
          period: '2025',
          status: 'draft',
          fileName: 'thon.csv',
          fileSha256: null,
          encoding: 'utf-8',
          rowCount: total,
          errorCount: 0,
          report: [],
          synthetic: false,
        });
        const rows = new SubmissionRowRepository(tx);
        const staged: StagedRow[] = Array.from({ length: total }, (_, i) => ({
          seq: i + 1,
          key: `THON-${String(i + 1).padStart(5, '0')}`,
          provinceCode: i % 2 === 0 ? '19' : '01',
          data: { villageCode: `THON-${i + 1}`, name: `Thôn ${i + 1}` },
        }));
        // Staged in two batches, as the import's batch writer does.
        await rows.stage(id, staged.slice(0, 7000));
        await rows.stage(id, staged.slice(7000));
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
});
