import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { AdminUnitRepository } from '../../src/db/units/admin-unit-repository.ts';
import { UnitLineageRepository } from '../../src/db/units/unit-lineage-repository.ts';
import { DEFAULT_DATASETS_DIR } from '../../src/io/units/datasets-dir.ts';
import { loadReferenceUnits } from '../../src/services/units/load-reference-units.ts';
import { describeEachEngine } from '../support/each-engine.ts';

describeEachEngine('loadReferenceUnits', (db) => {
  const snapshot = async () => ({
    before: await new AdminUnitRepository(db()).countByLevel('2025-06-30'),
    after: await new AdminUnitRepository(db()).countByLevel('2025-07-01'),
    lineage: await new UnitLineageRepository(db()).count(),
  });

  it('skips when the same files are already loaded', async () => {
    const result = await loadReferenceUnits(db());
    expect(result.skipped).toBe(true);
  });

  it('reloads in place with --force: same counts, no duplicates', async () => {
    const before = await snapshot();
    const result = await loadReferenceUnits(db(), { force: true });
    expect(result.skipped).toBe(false);
    expect(result.units).toBe(14150);
    expect(await snapshot()).toEqual(before);
  });

  it('changes nothing when the lineage names a unit that does not exist', async () => {
    const before = await snapshot();
    const dir = await mkdtemp(join(tmpdir(), 'hatang-datasets-'));
    try {
      await cp(DEFAULT_DATASETS_DIR, dir, { recursive: true });
      const mergesPath = join(dir, 'admin-lineage-2025/merges_new_to_old.json');
      const merges = JSON.parse(await readFile(mergesPath, 'utf8')) as {
        data: { level1_id: string; merges: { old_id: string; name: string; type: string }[] }[];
      };
      // Province-level links are not checked against the old list on reading: this one reaches the writer.
      merges.data[0]?.merges.push({ old_id: '98', name: 'Tỉnh Không Có', type: 'full' });
      await writeFile(mergesPath, JSON.stringify(merges));
      await expect(loadReferenceUnits(db(), { datasetsDir: dir })).rejects.toThrow(/province 98/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(await snapshot()).toEqual(before);
    expect((await loadReferenceUnits(db())).skipped).toBe(true);
  });
});
