import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { HatangError } from '../../core/errors/error-codes.ts';
import type { StoredToken } from '../../db/auth/credential-repository.ts';
import type { StoredUser } from '../../db/auth/user-repository.ts';
import { csvDocument } from '../../io/exports/csv-cell.ts';
import { SESSION_HOURS } from '../../services/auth/auth-service.ts';
import { auditContext, authorize, requireUser, SESSION_COOKIE } from '../authentication.ts';
import type { AppEnv } from '../env.ts';
import { integerParam, rejectUnknown } from '../params.ts';
import { readRecord } from '../plan-body.ts';

/** A user as the API shows it: never the hash. */
export const presentUser = (u: StoredUser) => ({
  username: u.username,
  displayName: u.displayName,
  roles: u.roles,
  provinces: u.provinces,
  operator: u.operator,
  mustChangePassword: u.mustChangePassword,
  disabled: u.disabledAt !== null,
  createdAt: u.createdAt,
});

const presentToken = (t: StoredToken) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt,
  lastUsedAt: t.lastUsedAt,
  revoked: t.revokedAt !== null,
});

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown) =>
  text(v)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export const authRoutes = new Hono<AppEnv>()
  .post('/auth/login', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const { fields } = await readRecord(c);
    const session = await c.get('services').auth.login(text(fields.username), text(fields.password), {
      ...auditContext(c),
      userId: null,
      username: null,
    });
    // httpOnly: scripts cannot read it; SameSite=Strict: other sites' pages cannot send it.
    setCookie(c, SESSION_COOKIE, session.cookie, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      maxAge: SESSION_HOURS * 3600,
      secure: new URL(c.req.url).protocol === 'https:',
    });
    return c.json({
      user: presentUser(session.user),
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    });
  })
  .post('/auth/logout', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const identity = c.get('identity');
    if (identity.via !== 'session') throw new HatangError('UNAUTHENTICATED', {});
    await c.get('services').auth.logout(identity.cookie, auditContext(c));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  })
  // One's own password, proved by the current one: any signed-in user, so no policy action beyond
  // being signed in. The answering session stays open; the user's other sessions end.
  .post('/auth/password', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const user = requireUser(c);
    const { fields } = await readRecord(c);
    const identity = c.get('identity');
    await c
      .get('services')
      .auth.changePassword(
        user,
        { currentPassword: text(fields.currentPassword), newPassword: text(fields.newPassword) },
        identity.via === 'session' ? identity.cookie : null,
        auditContext(c),
      );
    return c.body(null, 204);
  })
  .get('/auth/me', (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    authorize(c, 'read_me', null);
    const user = requireUser(c);
    const identity = c.get('identity');
    return c.json({
      user: presentUser(user),
      ...(identity.via === 'session' ? { csrfToken: identity.csrfToken } : {}),
    });
  })
  // The web app asks who is signed in on every page load: anonymous is an answer here, not an error
  // (a 401 would be logged as an error in every visitor's browser console).
  .get('/auth/session', (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const identity = c.get('identity');
    if (identity.via !== 'session') return c.json({ user: null });
    return c.json({ user: presentUser(identity.user), csrfToken: identity.csrfToken });
  })
  .get('/users', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    authorize(c, 'manage_users', null);
    return c.json({ items: (await c.get('services').users.list()).map(presentUser) });
  })
  .post('/users', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    authorize(c, 'manage_users', null);
    const { fields } = await readRecord(c);
    const { user, password } = await c.get('services').users.add(
      {
        username: text(fields.username),
        roles: list(fields.roles),
        provinces: list(fields.provinces),
        ...(text(fields.operator) ? { operator: text(fields.operator) } : {}),
        ...(text(fields.displayName) ? { displayName: text(fields.displayName) } : {}),
      },
      auditContext(c),
    );
    // The one-time password is in this answer only: it is stored as a hash.
    return c.json({ user: presentUser(user), oneTimePassword: password }, 201);
  })
  .post('/users/:username/disable', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    authorize(c, 'manage_users', null);
    const user = await c.get('services').users.disable(c.req.param('username'), auditContext(c));
    return c.json({ user: presentUser(user) });
  })
  .get('/tokens', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const user = requireUser(c);
    authorize(c, 'manage_tokens', { ownerUserId: user.id });
    return c.json({ items: (await c.get('services').users.tokensOf(user.id)).map(presentToken) });
  })
  .post('/tokens', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const user = requireUser(c);
    authorize(c, 'manage_tokens', { ownerUserId: user.id });
    const { fields } = await readRecord(c);
    const { token, stored } = await c
      .get('services')
      .users.createToken(user.username, text(fields.name) || 'api', auditContext(c));
    // The token itself is in this answer only: the database keeps its hash.
    return c.json({ token, ...presentToken(stored) }, 201);
  })
  .delete('/tokens/:id', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const user = requireUser(c);
    authorize(c, 'manage_tokens', { ownerUserId: user.id });
    const id = integerParam({ id: c.req.param('id') }, 'id', 0, 1, 2_147_483_647);
    if (!(await c.get('services').users.revokeToken(user.id, id, auditContext(c)))) {
      throw new HatangError('NOT_FOUND', { path: c.req.path });
    }
    return c.body(null, 204);
  })
  .get('/audit', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['entity', 'entityId', 'from', 'until', 'limit', 'offset', 'format', 'lang']);
    authorize(c, 'read_audit', null);
    const csv = query.format === 'csv';
    const { items, total } = await c.get('services').audit.list({
      limit: csv ? 100_000 : integerParam(query, 'limit', 100, 1, 1000),
      offset: integerParam(query, 'offset', 0, 0, 10_000_000),
      ...(query.entity ? { entity: query.entity } : {}),
      ...(query.entityId ? { entityId: query.entityId } : {}),
      ...(query.from ? { from: query.from } : {}),
      ...(query.until ? { until: query.until } : {}),
    });
    if (!csv) return c.json({ items, total });
    // Usernames typed at the sign-in form and request ids from a header land here: csvDocument makes
    // text that Excel would evaluate inert (OWASP CSV Injection); before/after are JSON objects.
    const cell = (v: unknown) =>
      v === null || v === undefined || typeof v === 'string' || typeof v === 'number' ? v : JSON.stringify(v);
    const header = [
      'id',
      'at',
      'username',
      'action',
      'entity',
      'entityId',
      'before',
      'after',
      'requestId',
      'ip',
    ];
    const lines = items.map((e) =>
      [e.id, e.at, e.username, e.action, e.entity, e.entityId, e.before, e.after, e.requestId, e.ip].map(
        cell,
      ),
    );
    // UTF-8 with BOM and `;`: what Excel opens correctly on a Vietnamese Windows.
    return c.body(csvDocument([header, ...lines]), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="nhat-ky-thay-doi.csv"',
    });
  });
