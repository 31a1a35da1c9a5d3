import type { Hono } from 'hono';
import type { Database } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.ts';
import type { AppEnv } from '../../src/http/env.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createServices } from '../../src/services/services.ts';

/** "Today" in HTTP tests, so default-date answers do not drift with the calendar. */
export const TEST_TODAY = '2026-01-15';

/** The real app, in process, on the run's database; requests go through `app.request(...)`. */
export function testApp(db: Database, logLines: string[] = []): Hono<AppEnv> {
  const logger = createLogger('error', (line) => logLines.push(line));
  return createApp(createServices(db, fixedClock(TEST_TODAY)), { logger });
}

export async function getJson<T = Record<string, unknown>>(
  app: Hono<AppEnv>,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const response = await app.request(path, { headers });
  return { status: response.status, body: (await response.json()) as T };
}
