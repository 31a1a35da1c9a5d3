import { type Config, loadConfig } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { openDatabase } from '../db/open-database.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import { prepareDatabase } from '../services/bootstrap.ts';

/**
 * What most commands need: validated configuration, a logger and an open database. With `prepare`,
 * the database is first brought up to date as `serve` would (migrations, reference data), so a
 * command run on a fresh data folder works instead of failing on a missing table.
 */
export async function withDatabase<T>(
  work: (ctx: { config: Config; logger: Logger; db: Database }) => Promise<T>,
  options: { prepare?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config);
  try {
    if (options.prepare) await prepareDatabase(db, { logger, loadReferenceData: config.loadReferenceData });
    return await work({ config, logger, db });
  } finally {
    await db.close();
  }
}
