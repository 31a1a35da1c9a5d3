import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { openApiDocument } from '../../src/http/openapi/index.ts';
import { CLI_CALLER } from '../../src/services/auth/caller.ts';
import { MAX_FAILURES } from '../../src/services/auth/login-throttle.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createServices } from '../../src/services/services.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { testApp } from '../support/test-app.ts';

type App = ReturnType<typeof testApp>;
const SYSTEM = { userId: null, username: 'test', requestId: null, ip: null };
const ADMIN_PASSWORD = 'quản-trị-viên-2026';
const OPERATOR_PASSWORD = 'nhà-mạng-viettel-2026';

async function login(app: App, username: string, password: string) {
  const response = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await response.json()) as { csrfToken?: string; error?: { code: string } };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { status: response.status, body, cookie, setCookie: response.headers.get('set-cookie') ?? '' };
}

function send(
  app: App,
  path: string,
  init: { method?: string; cookie?: string; csrf?: string; bearer?: string; json?: unknown },
) {
  const headers: Record<string, string> = {};
  if (init.cookie) headers.cookie = init.cookie;
  if (init.csrf) headers['x-csrf-token'] = init.csrf;
  if (init.bearer) headers.authorization = `Bearer ${init.bearer}`;
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  return app.request(path, {
    method: init.method ?? 'GET',
    headers,
    ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
  });
}

describeEachEngine('accounts, sessions, tokens and the audit trail', (db, engine) => {
  const admin = `admin-${engine}`;
  const operator = `viettel-${engine}`;
  beforeAll(async () => {
    const { users } = testAppServices(db());
    await users.add({ username: admin, roles: ['admin'], password: ADMIN_PASSWORD }, SYSTEM);
    await users.add(
      { username: operator, roles: ['operator'], operator: 'VIETTEL', password: OPERATOR_PASSWORD },
      SYSTEM,
    );
  });

  it('signs in with an httpOnly SameSite=Strict cookie and a CSRF token; a wrong password is 401', async () => {
    const app = testApp(db());
    const wrong = await login(app, admin, 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error?.code).toBe('LOGIN_FAILED');
    const ok = await login(app, admin, ADMIN_PASSWORD);
    expect(ok.status).toBe(200);
    expect(ok.setCookie).toMatch(/HttpOnly/i);
    expect(ok.setCookie).toMatch(/SameSite=Strict/i);
    expect(ok.body.csrfToken).toMatch(/^[\w-]{43}$/);
    const me = await send(app, '/api/auth/me', { cookie: ok.cookie });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { username: string } }).user.username).toBe(admin);
    expect((await send(app, '/api/auth/me', {})).status).toBe(401);
  });

  it('refuses browser writes without the session’s CSRF token, and non-admins on admin endpoints', async () => {
    const app = testApp(db());
    const a = await login(app, admin, ADMIN_PASSWORD);
    const o = await login(app, operator, OPERATOR_PASSWORD);
    const newUser = { username: `officer-${engine}`, roles: 'provincial_officer', provinces: '19' };
    expect((await send(app, '/api/users', { method: 'POST', json: newUser })).status).toBe(401);
    const noCsrf = await send(app, '/api/users', { method: 'POST', cookie: a.cookie, json: newUser });
    expect(noCsrf.status).toBe(403);
    expect(((await noCsrf.json()) as { error: { code: string } }).error.code).toBe('CSRF_FAILED');
    const asOperator = await send(app, '/api/users', {
      method: 'POST',
      cookie: o.cookie,
      csrf: o.body.csrfToken ?? '',
      json: newUser,
    });
    expect(asOperator.status).toBe(403);
    expect((await send(app, '/api/users', { cookie: o.cookie })).status).toBe(403);
    const created = await send(app, '/api/users', {
      method: 'POST',
      cookie: a.cookie,
      csrf: a.body.csrfToken ?? '',
      json: newUser,
    });
    expect(created.status).toBe(201);
    const { oneTimePassword } = (await created.json()) as { oneTimePassword: string };
    expect((await login(app, newUser.username, oneTimePassword)).status).toBe(200);
  });

  it('locks a username after repeated failures: even the right password gets 429 meanwhile', async () => {
    const app = testApp(db());
    for (let k = 0; k < MAX_FAILURES; k++)
      expect((await login(app, operator, 'wrong-password')).status).toBe(401);
    const locked = await login(app, operator, OPERATOR_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.error?.code).toBe('LOGIN_LOCKED');
  });

  it('accepts an API token as a bearer, refuses an unknown one, and ends a session at logout', async () => {
    const app = testApp(db());
    const { token } = await testAppServices(db()).users.createToken(operator, 'máy nộp số liệu', SYSTEM);
    expect(token).toMatch(/^htg_/);
    const me = await send(app, '/api/auth/me', { bearer: token });
    expect(((await me.json()) as { user: { operator: string } }).user.operator).toBe('VIETTEL');
    expect((await send(app, '/api/auth/me', { bearer: 'htg_made-up' })).status).toBe(401);
    const stored = await db().query<{ n: number }>(
      'SELECT count(*)::integer AS n FROM api_token WHERE token_hash = $1',
      [token],
    );
    expect(stored[0]?.n).toBe(0);
    const s = await login(app, admin, ADMIN_PASSWORD);
    expect((await send(app, '/api/auth/logout', { method: 'POST', cookie: s.cookie })).status).toBe(403);
    expect(
      (
        await send(app, '/api/auth/logout', {
          method: 'POST',
          cookie: s.cookie,
          csrf: s.body.csrfToken ?? '',
        })
      ).status,
    ).toBe(204);
    expect((await send(app, '/api/auth/me', { cookie: s.cookie })).status).toBe(401);
  });

  it('audits sign-ins and account changes for admins (JSON and CSV), never a password', async () => {
    const app = testApp(db());
    const a = await login(app, admin, ADMIN_PASSWORD);
    const list = await send(app, `/api/audit?entity=user&entityId=${admin}`, { cookie: a.cookie });
    const { items } = (await list.json()) as { items: { action: string; username: string | null }[] };
    expect(items.map((i) => i.action)).toEqual(
      expect.arrayContaining(['user.create', 'session.login', 'session.login_failed']),
    );
    const csv = await send(app, '/api/audit?format=csv&entity=user', { cookie: a.cookie });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain(`;${admin};session.login;user;`);
    expect((await send(app, '/api/audit', {})).status).toBe(401);
    const all = JSON.stringify(await db().query('SELECT * FROM audit_log'));
    expect(all).not.toContain(ADMIN_PASSWORD);
    expect(all).not.toContain(OPERATOR_PASSWORD);
    const hashes = JSON.stringify(await db().query('SELECT password_hash FROM app_user'));
    expect(hashes).not.toContain(ADMIN_PASSWORD);
  });
});

describeEachEngine('the audit trail is append-only in the database', (db) => {
  it('refuses UPDATE, DELETE and TRUNCATE from the application’s own connection', async () => {
    await db().query(
      "INSERT INTO audit_log (action, entity, entity_id) VALUES ('test', 'audit', 'append-only')",
    );
    for (const sql of [
      "UPDATE audit_log SET action = 'changed'",
      'DELETE FROM audit_log',
      'TRUNCATE audit_log',
    ]) {
      await expect(db().query(sql)).rejects.toThrow(/append-only/);
    }
    const [row] = await db().query<{ n: number }>(
      "SELECT count(*)::integer AS n FROM audit_log WHERE entity = 'audit' AND action = 'test'",
    );
    expect(row?.n).toBeGreaterThan(0);
  });
});

function testAppServices(db: Database) {
  return createServices(db, fixedClock('2026-01-15'));
}

describeEachEngine('authentication comes before anything else', (db) => {
  it('answers 401 to an anonymous write on every write operation of the API, and on paths that do not exist', async () => {
    const app = testApp(db());
    const writes: [string, string][] = [];
    for (const [path, item] of Object.entries(openApiDocument.paths)) {
      for (const method of Object.keys(item)) {
        if (method !== 'get' && path !== '/api/auth/login') writes.push([method.toUpperCase(), path]);
      }
    }
    writes.push(['POST', '/api/does-not-exist'], ['DELETE', '/api/units/19']);
    expect(writes.length).toBeGreaterThan(12);
    const answers: string[] = [];
    for (const [method, path] of writes) {
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'username' ? 'admin' : '1'));
      const response = await app.request(url, {
        method,
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      const body = (await response.json()) as { error?: { code: string } };
      answers.push(`${method} ${path} → ${response.status} ${body.error?.code ?? ''}`);
    }
    expect(answers.filter((a) => !a.endsWith('→ 401 UNAUTHENTICATED'))).toEqual([]);
  });
});

describeEachEngine('security headers', (db) => {
  it('are on API answers, errors included, and on the web app', async () => {
    const app = testApp(db());
    for (const path of ['/api/health', '/api/does-not-exist', '/']) {
      const response = await app.request(path);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('content-security-policy'), path).toContain("default-src 'self'");
    }
  });
});

describeEachEngine('API tokens of one’s own', (db, engine) => {
  it('lists, creates (shown once) and revokes; a revoked token no longer signs in; nobody revokes another’s', async () => {
    const app = testApp(db());
    const system = { userId: null, username: 'test', requestId: null, ip: null };
    const services = createServices(db(), fixedClock('2026-01-15'));
    await services.users.add(
      { username: `owner-${engine}`, roles: ['viewer'], password: 'chủ-sở-hữu-mã-2026' },
      system,
    );
    await services.users.add(
      { username: `other-${engine}`, roles: ['viewer'], password: 'người-khác-2026-x' },
      system,
    );
    const first = (await services.users.createToken(`owner-${engine}`, 'first', system)).token;
    const other = (await services.users.createToken(`other-${engine}`, 'theirs', system)).token;
    const created = await send(app, '/api/tokens', {
      method: 'POST',
      bearer: first,
      json: { name: 'máy nộp' },
    });
    expect(created.status).toBe(201);
    const { token, id } = (await created.json()) as { token: string; id: number };
    const listed = (await (await send(app, '/api/tokens', { bearer: first })).json()) as {
      items: { name: string }[];
    };
    expect(listed.items.map((t) => t.name)).toEqual(['first', 'máy nộp']);
    expect(JSON.stringify(listed)).not.toContain(token);
    expect((await send(app, `/api/tokens/${id}`, { method: 'DELETE', bearer: other })).status).toBe(404);
    expect((await send(app, `/api/tokens/${id}`, { method: 'DELETE', bearer: first })).status).toBe(204);
    expect((await send(app, '/api/auth/me', { bearer: token })).status).toBe(401);
    expect((await send(app, '/api/auth/me', { bearer: first })).status).toBe(200);
  });
});

describeEachEngine('submissions: an operator submits and sees only its own', (db, engine) => {
  it('refuses a submission in another operator’s name, and hides each operator’s submissions from the other', async () => {
    const app = testApp(db());
    const services = createServices(db(), fixedClock('2026-01-15'));
    const system = { userId: null, username: 'test', requestId: null, ip: null };
    await services.users.add(
      { username: `vt-${engine}`, roles: ['operator'], operator: 'VIETTEL', password: 'viettel-nop-2026-x' },
      system,
    );
    await services.users.add(
      { username: `vnpt-${engine}`, roles: ['operator'], operator: 'VNPT', password: 'vnpt-nop-so-lieu-26' },
      system,
    );
    const viettel = (await services.users.createToken(`vt-${engine}`, 'máy', system)).token;
    const vnpt = (await services.users.createToken(`vnpt-${engine}`, 'máy', system)).token;
    const file = () =>
      new File(
        [
          'Mã trạm;Kinh độ;Vĩ độ;Mã xã;Công nghệ;Băng tần;Trạng thái\r\nAUTH-1;105,8348;22,147;01840;4G;1800;Đang hoạt động',
        ],
        'tram.csv',
      );
    const submit = async (token: string, operator: string) => {
      const form = new FormData();
      for (const [k, v] of Object.entries({
        operator,
        period: '2025-Q4',
        datasetType: 'sites',
        dryRun: 'true',
      }))
        form.set(k, v);
      form.set('file', file());
      return app.request('/api/submissions', {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${token}` },
      });
    };
    const foreign = await submit(viettel, 'VNPT');
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    expect((await submit(viettel, 'VIETTEL')).status).toBe(200);
    // A real (rejected) submission of each operator, then who sees what.
    const mine = await services.imports.importSites({
      caller: CLI_CALLER,
      operator: 'VIETTEL',
      period: '2025-Q4',
      fileName: 'sai.csv',
      bytes: new TextEncoder().encode(
        'Mã trạm;Kinh độ;Vĩ độ;Mã xã;Công nghệ;Băng tần;Trạng thái\r\nX;1;1;99999;4G;1800;x',
      ),
      dryRun: false,
    });
    const id = mine.submission?.id;
    expect(id).toBeGreaterThan(0);
    expect((await send(app, `/api/submissions/${id}`, { bearer: viettel })).status).toBe(200);
    expect((await send(app, `/api/submissions/${id}`, { bearer: vnpt })).status).toBe(404);
    expect((await send(app, `/api/submissions/${id}`, {})).status).toBe(401);
    const listed = (await (await send(app, '/api/submissions?limit=500', { bearer: vnpt })).json()) as {
      items: { organisation: string }[];
    };
    expect(listed.items.every((s) => s.organisation === 'VNPT')).toBe(true);
    expect((await send(app, '/api/submissions', {})).status).toBe(401);
  });
});

describeEachEngine('plans: each writes only where it answers for', (db, engine) => {
  const plan = (code: string, scopeUnit: string) => ({
    plan: {
      code,
      titleVi: 'Kế hoạch hạ tầng số (thử quyền)',
      issuer: 'UBND tỉnh',
      issuedOn: '2025-09-01',
      periodStart: 2025,
      periodEnd: 2030,
      scopeUnit,
    },
    targets: [],
  });
  it('lets a provincial officer write their province’s plans and figures only, a viewer none, a national planner any', async () => {
    const app = testApp(db());
    const services = createServices(db(), fixedClock('2026-01-15'));
    const system = { userId: null, username: 'test', requestId: null, ip: null };
    const tokenOf = async (username: string, request: Parameters<typeof services.users.add>[0]) => {
      await services.users.add({ ...request, username, password: 'mật-khẩu-thử-2026' }, system);
      return (await services.users.createToken(username, 'thử', system)).token;
    };
    const officer = await tokenOf(`tn-${engine}`, {
      username: '',
      roles: ['provincial_officer'],
      provinces: ['19'],
    });
    const viewer = await tokenOf(`xem-${engine}`, { username: '', roles: ['viewer'] });
    const planner = await tokenOf(`qh-${engine}`, { username: '', roles: ['national_planner'] });
    const post = (token: string, body: unknown) =>
      send(app, '/api/plans', { method: 'POST', bearer: token, json: body });
    expect((await post(officer, plan(`PQ-TN-${engine}`, '19'))).status).toBe(201);
    const elsewhere = await post(officer, plan(`PQ-HN-${engine}`, '01'));
    expect(elsewhere.status).toBe(403);
    expect(((await elsewhere.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    expect((await post(officer, plan(`PQ-VN-${engine}`, 'VN'))).status).toBe(403);
    expect((await post(viewer, plan(`PQ-X-${engine}`, '19'))).status).toBe(403);
    expect((await post(planner, plan(`PQ-VN2-${engine}`, 'VN'))).status).toBe(201);
    // Figures too: an officer records those of their province (here a 2019 figure, later removed).
    const figure = (unit: string) => ({ indicator: 'HH_INTERNET', unit, period: '2019', value: 61 });
    const own = await send(app, '/api/observations', { method: 'POST', bearer: officer, json: figure('19') });
    expect(own.status).toBe(201);
    expect(
      (await send(app, '/api/observations', { method: 'POST', bearer: officer, json: figure('01') })).status,
    ).toBe(403);
    expect(
      (await send(app, '/api/observations', { method: 'POST', bearer: viewer, json: figure('19') })).status,
    ).toBe(403);
    const ownId = ((await own.json()) as { id: number }).id;
    expect((await send(app, `/api/observations/${ownId}`, { method: 'DELETE', bearer: viewer })).status).toBe(
      403,
    );
    expect(
      (await send(app, `/api/observations/${ownId}`, { method: 'DELETE', bearer: officer })).status,
    ).toBe(204);
    const path = `/api/plans/${encodeURIComponent(`PQ-VN2-${engine}`)}`;
    expect((await send(app, path, { method: 'DELETE', bearer: officer })).status).toBe(403);
    expect((await send(app, path, { method: 'DELETE', bearer: planner })).status).toBe(204);
  });
});
