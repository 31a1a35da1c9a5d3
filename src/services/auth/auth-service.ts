import { HatangError } from '../../core/errors/error-codes.ts';
import { CredentialRepository } from '../../db/auth/credential-repository.ts';
import { type StoredUser, UserRepository } from '../../db/auth/user-repository.ts';
import type { Database } from '../../db/database.ts';
import { type AuditContext, AuditService } from './audit-service.ts';
import { LoginThrottle } from './login-throttle.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { hashSecret, newSecret } from './secrets.ts';

let throwaway: Promise<string> | null = null;
const throwawayHash = () => {
  throwaway ??= hashPassword(newSecret());
  return throwaway;
};

/** A working day: a session opened in the morning lasts until the evening. */
export const SESSION_HOURS = 8;
/** API tokens start with this, so a leaked one is recognisable in logs and code (like `ghp_`). */
export const TOKEN_PREFIX = 'htg_';

export interface OpenedSession {
  /** The cookie's value, given to the browser once. */
  cookie: string;
  csrfToken: string;
  expiresAt: string;
  user: StoredUser;
}

/**
 * Who is asking: passwords checked against scrypt hashes with a lockout after repeated failures,
 * browser sessions (cookie + CSRF token), API tokens. Every login, failed login and logout is audited.
 */
export class AuthService {
  readonly throttle: LoginThrottle;

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {
    this.throttle = new LoginThrottle(now);
  }

  async login(username: string, password: string, context: AuditContext): Promise<OpenedSession> {
    const name = username.trim().toLowerCase();
    const keys = [`user:${name}`, `ip:${context.ip ?? '?'}`];
    const wait = this.throttle.waitMs(keys);
    if (wait > 0) throw new HatangError('LOGIN_LOCKED', { minutes: Math.ceil(wait / 60_000) });
    const found = await new UserRepository(this.db).credentials(name);
    // A missing user is checked against a throwaway hash, so the answer takes as long as for a real
    // one (timing would tell which usernames exist); a disabled account fails like a wrong password.
    const matches = await verifyPassword(password, found?.passwordHash ?? (await throwawayHash()));
    const ok = found !== null && found.user.disabledAt === null && matches;
    const audit = new AuditService(this.db);
    if (!ok || found === null) {
      this.throttle.failed(keys);
      await audit.record(context, { action: 'login_failed', entity: 'user', entityId: name });
      throw new HatangError('LOGIN_FAILED', {});
    }
    this.throttle.succeeded(keys);
    const cookie = newSecret();
    const csrfToken = newSecret();
    const expiresAt = new Date(this.now() + SESSION_HOURS * 3600_000).toISOString();
    await new CredentialRepository(this.db).createSession({
      idHash: hashSecret(cookie),
      userId: found.user.id,
      csrfToken,
      expiresAt,
    });
    await audit.record(
      { ...context, userId: found.user.id, username: found.user.username },
      { action: 'login', entity: 'user', entityId: found.user.username },
    );
    return { cookie, csrfToken, expiresAt, user: found.user };
  }

  /** The signed-in user of a session cookie and its CSRF token; `null` for an unknown or expired one. */
  async session(cookie: string): Promise<{ user: StoredUser; csrfToken: string } | null> {
    const found = await new CredentialRepository(this.db).session(hashSecret(cookie));
    if (!found) return null;
    const user = await new UserRepository(this.db).findById(found.userId);
    return user ? { user, csrfToken: found.csrfToken } : null;
  }

  /** The user of an API token (`Authorization: Bearer htg_…`); `null` for an unknown or revoked one. */
  async tokenUser(token: string): Promise<StoredUser | null> {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const userId = await new CredentialRepository(this.db).tokenUser(hashSecret(token));
    return userId === null ? null : new UserRepository(this.db).findById(userId);
  }

  async logout(cookie: string, context: AuditContext): Promise<void> {
    await new CredentialRepository(this.db).deleteSession(hashSecret(cookie));
    await new AuditService(this.db).record(context, {
      action: 'logout',
      entity: 'user',
      entityId: context.username,
    });
  }
}
