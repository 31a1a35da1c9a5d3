import { inject } from 'vitest';
import type { Database, EngineName } from '../../src/db/database.ts';
import { openPgliteDatabase } from '../../src/db/pglite-database.ts';
import { openPostgresDatabase } from '../../src/db/postgres-database.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { prepareDatabase } from '../../src/services/bootstrap.ts';
import { systemClock } from '../../src/services/clock.ts';
import { CoverageService } from '../../src/services/inventory/coverage-service.ts';
import { loadDemoInventory } from '../../src/services/inventory/load-demo-inventory.ts';
import { UnitsService } from '../../src/services/units/units-service.ts';

export const ENGINES: readonly EngineName[] = ['pglite', 'postgres'];
export const TEST_DEMO_SEED = 7;
export const TEST_DEMO_PROVINCE = '19';
export const TEST_DEMO_PERIOD = '2025';

// One database per engine per test run, shared by every file (the integration project runs its files
// in one process with isolate: false). Creating a PGlite + PostGIS database costs ~15 s and ~1 GB.
const shared = globalThis as unknown as { __hatangTestDatabases?: Map<EngineName, Promise<Database>> };
shared.__hatangTestDatabases ??= new Map();
const databases = shared.__hatangTestDatabases;

async function create(engine: EngineName): Promise<Database> {
  let db: Database;
  if (engine === 'pglite') {
    db = await openPgliteDatabase('memory://');
  } else {
    const url = process.env.DATABASE_URL;
    if (!url)
      throw new Error('DATABASE_URL is not set: PostgreSQL tests need a server (scripts/test-services.sh)');
    const schema = inject('pgSchema');
    const admin = await openPostgresDatabase(url, { maxConnections: 1 });
    await admin.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    // PostGIS lives in `public` (created by scripts/test-services.sh or a DBA); the run's schema comes first.
    await admin.exec('CREATE EXTENSION IF NOT EXISTS postgis');
    await admin.close();
    db = await openPostgresDatabase(url, { schema });
  }
  // As a first start does: migrations, then the real units, lineage, indicators and plans.
  await prepareDatabase(db, { logger: createLogger('silent'), loadReferenceData: true });
  // The synthetic inventory of one province (Thái Nguyên, which holds old Bắc Kạn): ~2,800 villages
  // and ~2,700 sites load in ~2 s, where the national one takes ~30 s.
  const units = new UnitsService(db, systemClock());
  await loadDemoInventory(db, await units.catalogue(), {
    seed: TEST_DEMO_SEED,
    provinces: [TEST_DEMO_PROVINCE],
  });
  await new CoverageService(db, units).recompute({ period: TEST_DEMO_PERIOD });
  return db;
}

/** The run's migrated database for the engine, with Vietnam's real units, lineage and plans loaded. */
export function getTestDatabase(engine: EngineName): Promise<Database> {
  let db = databases.get(engine);
  if (!db) {
    db = create(engine);
    databases.set(engine, db);
  }
  return db;
}

/**
 * Whether the engine can run here. PGlite always can. PostgreSQL needs DATABASE_URL; without it a
 * developer's run skips those tests, but under CI=true they run and fail, so CI cannot pass silently.
 */
export function engineSkipped(engine: EngineName): boolean {
  if (engine === 'pglite' || process.env.DATABASE_URL) return false;
  if (process.env.CI === 'true') return false;
  return true;
}
