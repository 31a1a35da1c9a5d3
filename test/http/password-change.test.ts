import { expect, it } from 'vitest';
import { MAX_FAILURES } from '../../src/services/auth/login-throttle.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createServices } from '../../src/services/services.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { adminToken, TEST_TODAY, testApp } from '../support/test-app.ts';

type App = ReturnType<typeof testApp>;
interface ErrorBody {
  error: { code: string; message: string; details?: { field?: string; expected?: string } };
}
const NEW_PASSWORD = 'mật-khẩu-mới-của-tôi-2026';
const WRONG_PASSWORD = 'không-phải-mật-khẩu-này';

async function login(app: App, username: string, password: string) {
  const response = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await response.json()) as { csrfToken?: string; error?: { code: string } };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { status: response.status, code: body.error?.code, cookie, csrf: body.csrfToken ?? '' };
}

type Session = Awaited<ReturnType<typeof login>>;

function send(
  app: App,
  path: string,
  init: { method?: string; session?: Session; bearer?: string; json?: unknown; noCsrf?: boolean } = {},
) {
  const headers: Record<string, string> = {};
  if (init.session) {
    headers.cookie = init.session.cookie;
    if (!init.noCsrf) headers['x-csrf-token'] = init.session.csrf;
  }
  if (init.bearer) headers.authorization = `Bearer ${init.bearer}`;
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  return app.request(path, {
    method: init.method ?? 'GET',
    headers,
    ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
  });
}

const changePassword = (app: App, session: Session, currentPassword: string, newPassword: string) =>
  send(app, '/api/auth/password', { method: 'POST', session, json: { currentPassword, newPassword } });

const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).error;

async function me(app: App, session: Session) {
  const response = await send(app, '/api/auth/me', { session });
  if (response.status !== 200) return { status: response.status, mustChangePassword: null };
  const { user } = (await response.json()) as { user: { mustChangePassword: boolean } };
  return { status: response.status, mustChangePassword: user.mustChangePassword };
}

/** An account made by an admin through the API without a password: its one-time password. */
async function newAccount(app: App, admin: string, username: string): Promise<string> {
  const created = await send(app, '/api/users', {
    method: 'POST',
    bearer: admin,
    json: { username, roles: 'viewer' },
  });
  expect(created.status).toBe(201);
  const { oneTimePassword, user } = (await created.json()) as {
    oneTimePassword: string;
    user: { mustChangePassword: boolean };
  };
  expect(user.mustChangePassword).toBe(true);
  return oneTimePassword;
}

describeEachEngine(
  'changing one’s password, and the first sign-in with a one-time password',
  (db, engine) => {
    it('confines the session until the password changes, checks the change, then ends the other sessions', async () => {
      const app = testApp(db());
      const username = `newcomer-${engine}`;
      const onetime = await newAccount(app, await adminToken(db()), username);
      const first = await login(app, username, onetime);
      const second = await login(app, username, onetime);
      expect([first.status, second.status]).toEqual([200, 200]);

      // Until changed: /api/auth/me says so, and anything else is 403 PASSWORD_CHANGE_REQUIRED.
      expect(await me(app, first)).toEqual({ status: 200, mustChangePassword: true });
      for (const [method, path] of [
        ['GET', '/api/tokens'],
        ['POST', '/api/tokens'],
        ['GET', '/api/units/19'],
        ['GET', '/api/health'],
      ] as const) {
        const response = await send(app, path, {
          method,
          session: first,
          ...(method === 'POST' ? { json: {} } : {}),
        });
        expect(response.status, `${method} ${path}`).toBe(403);
        const error = await errorOf(response);
        expect(error.code).toBe('PASSWORD_CHANGE_REQUIRED');
        expect(error.message).toContain('Bạn cần đổi mật khẩu trước khi tiếp tục');
      }
      // Anonymous reading is unaffected, and so is an API token of the same user (machines only).
      expect((await send(app, '/api/health')).status).toBe(200);
      const services = createServices(db(), fixedClock(TEST_TODAY));
      const system = { userId: null, username: 'test', requestId: null, ip: null };
      const { token } = await services.users.createToken(username, 'máy', system);
      expect((await send(app, '/api/tokens', { bearer: token })).status).toBe(200);

      // The change itself: a session write needs the CSRF token, then every rule is checked.
      const noCsrf = await send(app, '/api/auth/password', {
        method: 'POST',
        session: first,
        noCsrf: true,
        json: { currentPassword: onetime, newPassword: NEW_PASSWORD },
      });
      expect((await errorOf(noCsrf)).code).toBe('CSRF_FAILED');
      const wrong = await changePassword(app, first, WRONG_PASSWORD, NEW_PASSWORD);
      expect(wrong.status).toBe(403);
      expect((await errorOf(wrong)).code).toBe('PASSWORD_WRONG');
      const refusals: [string, string, string, string][] = [
        [onetime, 'ngắn-quá', 'newPassword', 'password'],
        [onetime, username.toUpperCase(), 'newPassword', 'passwordNotUsername'],
        [onetime, onetime, 'newPassword', 'passwordNotCurrent'],
        ['', NEW_PASSWORD, 'currentPassword', 'currentPassword'],
      ];
      for (const [current, next, field, expected] of refusals) {
        const refused = await changePassword(app, first, current, next);
        expect(refused.status, expected).toBe(400);
        const error = await errorOf(refused);
        expect(error.code).toBe('INVALID_PARAMETER');
        expect(error.details).toMatchObject({ field, expected });
        expect(error.message).toContain(`"${field}"`);
        expect(error.message).not.toContain(next);
      }
      const short = await send(app, '/api/auth/password?lang=en', {
        method: 'POST',
        session: first,
        json: { currentPassword: onetime, newPassword: 'too-short' },
      });
      expect((await errorOf(short)).message).toBe(
        'Parameter "newPassword" is invalid: "***". A password needs at least 12 characters.',
      );
      const vi = await changePassword(app, first, onetime, 'ngắn');
      expect((await errorOf(vi)).message).toBe(
        'Tham số "newPassword" không hợp lệ: "***". Mật khẩu cần ít nhất 12 ký tự.',
      );

      expect((await changePassword(app, first, onetime, NEW_PASSWORD)).status).toBe(204);

      // This session goes on, unconfined; the other one has ended; the token still works.
      expect(await me(app, first)).toEqual({ status: 200, mustChangePassword: false });
      expect((await me(app, second)).status).toBe(401);
      expect((await send(app, '/api/tokens', { session: first })).status).toBe(200);
      expect((await send(app, '/api/tokens', { method: 'POST', session: first, json: {} })).status).toBe(201);
      expect((await send(app, '/api/tokens', { bearer: token })).status).toBe(200);
      const old = await login(app, username, onetime);
      expect([old.status, old.code]).toEqual([401, 'LOGIN_FAILED']);
      const again = await login(app, username, NEW_PASSWORD);
      expect(again.status).toBe(200);
      expect(await me(app, again)).toEqual({ status: 200, mustChangePassword: false });

      // The audit trail has the change (and the failed attempt), never a password.
      const rows = await db().query<{ action: string; username: string | null; after: unknown }>(
        "SELECT action, username, after FROM audit_log WHERE entity = 'user' AND entity_id = $1 ORDER BY id",
        [username],
      );
      expect(rows.map((r) => r.action)).toEqual(
        expect.arrayContaining([
          'user.create',
          'session.login',
          'user.password_change_failed',
          'user.password_change',
        ]),
      );
      const change = rows.find((r) => r.action === 'user.password_change');
      expect(change).toMatchObject({ username, after: { otherSessionsEnded: 1 } });
      const everything = JSON.stringify(await db().query('SELECT * FROM audit_log'));
      for (const secret of [onetime, NEW_PASSWORD, WRONG_PASSWORD]) expect(everything).not.toContain(secret);
    });

    it('counts wrong current passwords toward the sign-in lockout', async () => {
      const app = testApp(db());
      const username = `forgetful-${engine}`;
      const onetime = await newAccount(app, await adminToken(db()), username);
      const session = await login(app, username, onetime);
      for (let k = 0; k < MAX_FAILURES; k++) {
        expect((await changePassword(app, session, WRONG_PASSWORD, NEW_PASSWORD)).status).toBe(403);
      }
      const locked = await changePassword(app, session, onetime, NEW_PASSWORD);
      expect([locked.status, (await errorOf(locked)).code]).toEqual([429, 'LOGIN_LOCKED']);
      expect((await login(app, username, onetime)).status).toBe(429);
    });

    it('gives a new one-time password from the command line (hatang users password), ending every session', async () => {
      const app = testApp(db());
      const username = `reset-${engine}`;
      const services = createServices(db(), fixedClock(TEST_TODAY));
      const system = { userId: null, username: 'test', requestId: null, ip: null };
      await services.users.add({ username, roles: ['viewer'], password: NEW_PASSWORD }, system);
      const before = await login(app, username, NEW_PASSWORD);
      expect(await me(app, before)).toEqual({ status: 200, mustChangePassword: false });
      const cli = { userId: null, username: 'cli', requestId: null, ip: null };
      const { password } = await services.users.resetPassword(username, cli);
      expect((await me(app, before)).status).toBe(401);
      expect((await login(app, username, NEW_PASSWORD)).status).toBe(401);
      const after = await login(app, username, password);
      expect(await me(app, after)).toEqual({ status: 200, mustChangePassword: true });
      const [row] = await db().query<{ username: string }>(
        "SELECT username FROM audit_log WHERE action = 'user.password_reset' AND entity_id = $1",
        [username],
      );
      expect(row?.username).toBe('cli');
      expect(JSON.stringify(await db().query('SELECT * FROM audit_log'))).not.toContain(password);
    });
  },
);
