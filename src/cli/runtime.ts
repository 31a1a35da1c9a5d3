import { type Config, loadConfig } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { openDatabase } from '../db/open-database.ts';
import { createLogger, type Logger } from '../logging/logger.ts';

/** What most commands need: validated configuration, a logger and an open database. */
export async function withDatabase<T>(
  work: (ctx: { config: Config; logger: Logger; db: Database }) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config);
  try {
    return await work({ config, logger, db });
  } finally {
    await db.close();
  }
}
