import type { Hono } from 'hono';
import type { Database } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.ts';
import type { AppEnv } from '../../src/http/env.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createServices } from '../../src/services/services.ts';

/** "Today" in HTTP tests, so default-date answers do not drift with the calendar. */
export const TEST_TODAY = '2026-01-15';

/**
 * The real app, in process, on the run's database; requests go through `app.request(...)`. With
 * `token`, every request that names no `authorization` of its own carries `Bearer <token>` (a
 * signed-in machine, as operators' tools are); without, requests are anonymous.
 */
export function testApp(
  db: Database,
  logLines: string[] = [],
  options: { token?: string } = {},
): Hono<AppEnv> {
  const logger = createLogger('error', (line) => logLines.push(line));
  const app = createApp(createServices(db, fixedClock(TEST_TODAY)), { logger });
  const { token } = options;
  if (token !== undefined) {
    const request = app.request.bind(app);
    app.request = (input, init, ...rest) => {
      const headers = new Headers(init?.headers);
      if (!headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
      return request(input, { ...init, headers }, ...rest);
    };
  }
  return app;
}

const adminTokens = new WeakMap<Database, Promise<string>>();

/** An API token of an admin account made once per test database (`test-admin`). */
export function adminToken(db: Database): Promise<string> {
  let token = adminTokens.get(db);
  if (token === undefined) {
    token = (async () => {
      const { users } = createServices(db, fixedClock(TEST_TODAY));
      const system = { userId: null, username: 'test', requestId: null, ip: null };
      const exists = (await users.list()).some((u) => u.username === 'test-admin');
      if (!exists)
        await users.add(
          { username: 'test-admin', roles: ['admin'], password: 'test-admin-password' },
          system,
        );
      return (await users.createToken('test-admin', 'tests', system)).token;
    })();
    adminTokens.set(db, token);
  }
  return token;
}

const userTokens = new WeakMap<Database, Map<string, Promise<string>>>();

/**
 * An API token of a user with the given roles and scopes, made once per test database and username
 * (the same username must always ask for the same roles).
 */
export function userToken(
  db: Database,
  username: string,
  scope: { roles: string[]; provinces?: string[]; operator?: string },
): Promise<string> {
  let tokens = userTokens.get(db);
  if (tokens === undefined) {
    tokens = new Map();
    userTokens.set(db, tokens);
  }
  let token = tokens.get(username);
  if (token === undefined) {
    token = (async () => {
      const { users } = createServices(db, fixedClock(TEST_TODAY));
      const system = { userId: null, username: 'test', requestId: null, ip: null };
      if (!(await users.list()).some((u) => u.username === username))
        await users.add({ username, password: `${username}-password-2026`, ...scope }, system);
      return (await users.createToken(username, 'tests', system)).token;
    })();
    tokens.set(username, token);
  }
  return token;
}

export async function getJson<T = Record<string, unknown>>(
  app: Hono<AppEnv>,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const response = await app.request(path, { headers });
  return { status: response.status, body: (await response.json()) as T };
}
