import { join } from 'node:path';
import type { Database } from './database.ts';
import { openPgliteDatabase } from './pglite-database.ts';
import { openPostgresDatabase } from './postgres-database.ts';

/** The server engine when a DATABASE_URL is given, else the embedded one under `<dataDir>/pglite`. */
export async function openDatabase(config: {
  databaseUrl: string | null;
  dataDir: string;
}): Promise<Database> {
  if (config.databaseUrl !== null) return openPostgresDatabase(config.databaseUrl);
  return openPgliteDatabase(join(config.dataDir, 'pglite'));
}
