import { HatangError, invalidParameter } from '../../core/errors/error-codes.ts';
import { CredentialRepository } from '../../db/auth/credential-repository.ts';
import { type StoredUser, UserRepository } from '../../db/auth/user-repository.ts';
import type { Database } from '../../db/database.ts';
import { type AuditContext, AuditService } from './audit-service.ts';
import { LoginThrottle } from './login-throttle.ts';
import { hashPassword, passwordRuleBroken, verifyPassword } from './password.ts';
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
      await audit.record(context, { action: 'session.login_failed', entity: 'user', entityId: name });
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
      { action: 'session.login', entity: 'user', entityId: found.user.username },
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

  /**
   * The signed-in user's new password, proved by the current one, stored with `must_change_password`
   * cleared. A wrong current password counts toward the sign-in lockout (a stolen session must not be
   * a way to guess the password) and answers 403, not 401: the caller is signed in, and a 401 would
   * tell clients to drop the session. Success ends the user's other sessions (changing the password is
   * how someone evicts whoever else has it), keeping the session of `keepCookie` when the change came
   * through one. API tokens stay: they are an admin's grant to a machine, revoked on their own.
   */
  async changePassword(
    user: StoredUser,
    change: { currentPassword: string; newPassword: string },
    keepCookie: string | null,
    context: AuditContext,
  ): Promise<void> {
    const { currentPassword, newPassword } = change;
    // An empty field is a client mistake, not a guess: refused before the lockout counts it.
    if (currentPassword === '') throw invalidParameter('currentPassword', '', 'currentPassword');
    const broken =
      passwordRuleBroken(newPassword, user.username) ??
      (newPassword.normalize('NFC') === currentPassword.normalize('NFC') ? 'passwordNotCurrent' : null);
    if (broken) throw invalidParameter('newPassword', '***', broken);
    const keys = [`user:${user.username}`, `ip:${context.ip ?? '?'}`];
    const wait = this.throttle.waitMs(keys);
    if (wait > 0) throw new HatangError('LOGIN_LOCKED', { minutes: Math.ceil(wait / 60_000) });
    const found = await new UserRepository(this.db).credentials(user.username);
    if (found === null || !(await verifyPassword(currentPassword, found.passwordHash))) {
      this.throttle.failed(keys);
      await new AuditService(this.db).record(context, {
        action: 'user.password_change_failed',
        entity: 'user',
        entityId: user.username,
      });
      throw new HatangError('PASSWORD_WRONG', {});
    }
    this.throttle.succeeded(keys);
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(async (tx) => {
      await new UserRepository(tx).setPassword(user.id, passwordHash, false);
      const otherSessionsEnded = await new CredentialRepository(tx).deleteSessionsOf(
        user.id,
        keepCookie === null ? null : hashSecret(keepCookie),
      );
      // Never the password, nor its hash: only that it changed and who was signed out.
      await new AuditService(tx).record(context, {
        action: 'user.password_change',
        entity: 'user',
        entityId: user.username,
        after: { otherSessionsEnded },
      });
    });
  }

  async logout(cookie: string, context: AuditContext): Promise<void> {
    await new CredentialRepository(this.db).deleteSession(hashSecret(cookie));
    await new AuditService(this.db).record(context, {
      action: 'session.logout',
      entity: 'user',
      entityId: context.username,
    });
  }
}
