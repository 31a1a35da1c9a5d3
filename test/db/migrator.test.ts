import { expect, it } from 'vitest';
import { MigrationIntegrityError, migrate, readMigrations } from '../../src/db/migrator.ts';
import { describeEachEngine } from '../support/each-engine.ts';

describeEachEngine('migrate', (db) => {
  it('applies nothing the second time', async () => {
    const result = await migrate(db());
    expect(result.applied).toEqual([]);
    expect(result.current).toBe((await readMigrations()).at(-1)?.version);
  });

  it('refuses to run when a landed migration was edited', async () => {
    const migrations = await readMigrations();
    const edited = migrations.map((m, i) =>
      i === 0 ? { ...m, sql: `${m.sql}\n-- edited`, checksum: 'edited' } : m,
    );
    await expect(migrate(db(), edited)).rejects.toThrow(MigrationIntegrityError);
  });

  it('refuses to run code older than the database', async () => {
    await expect(migrate(db(), [])).rejects.toThrow(/0001_admin_units/);
  });
});
