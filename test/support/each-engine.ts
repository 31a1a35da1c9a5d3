import { beforeAll, describe } from 'vitest';
import type { Database, EngineName } from '../../src/db/database.ts';
import { ENGINES, engineSkipped, getTestDatabase } from './test-database.ts';

const warned = new Set<string>();

/**
 * Declares the same suite once per database engine: the repository and service tests must hold on
 * PGlite and on PostgreSQL alike. `db()` is the run's shared database for that engine.
 */
export function describeEachEngine(
  title: string,
  body: (db: () => Database, engine: EngineName) => void,
): void {
  for (const engine of ENGINES) {
    const skipped = engineSkipped(engine);
    if (skipped && !warned.has(engine)) {
      warned.add(engine);
      console.warn(`${engine} tests skipped: set DATABASE_URL (scripts/test-services.sh starts a server)`);
    }
    describe.skipIf(skipped)(`${title} [${engine}]`, () => {
      let database: Database | undefined;
      beforeAll(async () => {
        database = await getTestDatabase(engine);
      });
      body(() => {
        if (!database) throw new Error(`${engine} test database is not ready`);
        return database;
      }, engine);
    });
  }
}
