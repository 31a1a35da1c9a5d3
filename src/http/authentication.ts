import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { type Actor, ANONYMOUS, userActor } from '../core/auth/actor.ts';
import type { Action, ActionResources } from '../core/auth/resources.ts';
import { HatangError } from '../core/errors/error-codes.ts';
import type { StoredUser } from '../db/auth/user-repository.ts';
import type { AuditContext } from '../services/auth/audit-service.ts';
import { authorize as authorizeActor } from '../services/auth/authorization.ts';
import type { Caller } from '../services/auth/caller.ts';
import type { AppEnv } from './env.ts';

export const SESSION_COOKIE = 'hatang_session';
export const CSRF_HEADER = 'x-csrf-token';

/** How the request proved who it is: a browser session (cookie), an API token, or not at all. */
export type Identity =
  | { user: null; via: null }
  | { user: StoredUser; via: 'session'; csrfToken: string; cookie: string }
  | { user: StoredUser; via: 'token' };

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * All a session may do while its user must change their password (a one-time password handed over
 * by an admin is known to more than one person): see who it is, change it, sign out, or sign in as
 * someone else.
 */
const WHILE_PASSWORD_MUST_CHANGE = new Set([
  'GET /api/auth/me',
  'HEAD /api/auth/me',
  'GET /api/auth/session',
  'HEAD /api/auth/session',
  'POST /api/auth/password',
  'POST /api/auth/logout',
  'POST /api/auth/login',
]);

/**
 * Runs before every route: finds the user of the session cookie or of `Authorization: Bearer …`. A
 * browser write (session cookie, unsafe method) must carry the session's CSRF token in
 * `X-CSRF-Token` (OWASP CSRF Prevention Cheat Sheet, synchronizer token); token-authenticated
 * machines send no cookie and need none. A wrong token or cookie is treated as no identity.
 */
export const authentication: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { auth } = c.get('services');
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  let identity: Identity = { user: null, via: null };
  if (bearer !== undefined) {
    const user = await auth.tokenUser(bearer);
    if (user === null) throw new HatangError('UNAUTHENTICATED', {});
    identity = { user, via: 'token' };
  } else {
    const cookie = getCookie(c, SESSION_COOKIE);
    const found = cookie ? await auth.session(cookie) : null;
    if (found && cookie) identity = { user: found.user, via: 'session', csrfToken: found.csrfToken, cookie };
  }
  const exempt = c.req.path === '/api/auth/login';
  if (
    identity.via === 'session' &&
    !exempt &&
    !SAFE.has(c.req.method) &&
    c.req.header(CSRF_HEADER) !== identity.csrfToken
  ) {
    throw new HatangError('CSRF_FAILED', {});
  }
  // Sessions only: an API token is made by an admin for a machine, which has no password to change.
  // Anonymous requests are untouched: signing out is always a way to read what is public.
  if (
    identity.via === 'session' &&
    identity.user.mustChangePassword &&
    !WHILE_PASSWORD_MUST_CHANGE.has(`${c.req.method} ${c.req.path}`)
  ) {
    throw new HatangError('PASSWORD_CHANGE_REQUIRED', {});
  }
  // Issue 5: an anonymous write is refused before anything else, whatever its target (even one
  // that does not exist), so nothing about the API's writes is learned without signing in.
  if (identity.via === null && !SAFE.has(c.req.method) && !exempt)
    throw new HatangError('UNAUTHENTICATED', {});
  c.set('identity', identity);
  await next();
};

/** The actor of the request for the policy: anonymous, or the user with roles and scopes. */
export function actorOf(c: Context<AppEnv>): Actor {
  const { user } = c.get('identity');
  return user === null ? ANONYMOUS : userActor(user);
}

/**
 * Asks the one policy module (core/auth/policy.ts) and turns a refusal into 401 (anonymous) or 403
 * (signed in but not allowed), with the policy's own message.
 */
export function authorize<A extends Action>(
  c: Context<AppEnv>,
  action: A,
  resource: ActionResources[A],
): Actor {
  const actor = actorOf(c);
  authorizeActor(actor, action, resource);
  return actor;
}

/** The signed-in user, or 401 for an anonymous request. */
export function requireUser(c: Context<AppEnv>): StoredUser {
  const { user } = c.get('identity');
  if (user === null) throw new HatangError('UNAUTHENTICATED', {});
  return user;
}

/** Who acts in this request, for the audit trail. */
export function auditContext(c: Context<AppEnv>): AuditContext {
  const { user } = c.get('identity');
  return {
    userId: user?.id ?? null,
    username: user?.username ?? null,
    requestId: c.get('requestId'),
    ip: clientAddress(c),
  };
}

/** The actor and the audit context of the request, for service methods that change something. */
export function callerOf(c: Context<AppEnv>): Caller {
  return { actor: actorOf(c), context: auditContext(c) };
}

/** The peer address (not X-Forwarded-For, which any client can write; a proxy setup would configure it). */
function clientAddress(c: Context<AppEnv>): string | null {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}
