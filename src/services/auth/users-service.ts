import { OPERATORS } from '../../core/assets/asset-model.ts';
import { ROLES } from '../../core/auth/actor.ts';
import { HatangError, invalidParameter } from '../../core/errors/error-codes.ts';
import { CredentialRepository, type StoredToken } from '../../db/auth/credential-repository.ts';
import { type RoleName, type StoredUser, UserRepository } from '../../db/auth/user-repository.ts';
import type { Database } from '../../db/database.ts';
import type { UnitsService } from '../units/units-service.ts';
import { type AuditContext, AuditService } from './audit-service.ts';
import { TOKEN_PREFIX } from './auth-service.ts';
import { hashPassword, onetimePassword, passwordRuleBroken } from './password.ts';
import { hashSecret, newSecret } from './secrets.ts';

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

// Kept importable from here, where it was first defined; the rule itself is in password.ts.
export { MIN_PASSWORD } from './password.ts';

export interface NewUserRequest {
  username: string;
  displayName?: string;
  roles: readonly string[];
  provinces?: readonly string[];
  operator?: string;
  /** Omitted: a one-time password is generated, to be changed at first sign-in. */
  password?: string;
}

/** What an admin sees of a user: never the hash. */
const audited = (u: StoredUser) => ({
  username: u.username,
  roles: u.roles,
  provinces: u.provinces,
  operator: u.operator,
  disabledAt: u.disabledAt,
});

/**
 * Accounts: creating them (with a one-time password unless one is given), listing, disabling (which
 * also ends their sessions), API tokens (shown once), and the first admin of a new installation.
 */
export class UsersService {
  constructor(
    private readonly db: Database,
    private readonly units: UnitsService,
  ) {}

  async add(
    request: NewUserRequest,
    context: AuditContext,
  ): Promise<{ user: StoredUser; password: string | null }> {
    const username = request.username.trim().toLowerCase();
    if (!USERNAME.test(username)) throw invalidParameter('username', request.username, 'username');
    const roles = [...new Set(request.roles.map((r) => r.trim().toLowerCase()))];
    if (roles.length === 0 || !roles.every((r): r is RoleName => (ROLES as readonly string[]).includes(r))) {
      throw invalidParameter('roles', request.roles.join(','), 'roles', { options: ROLES.join(', ') });
    }
    const provinces = await this.checkProvinces(
      request.provinces ?? [],
      roles.includes('provincial_officer'),
    );
    const operator = request.operator?.trim().toUpperCase() || null;
    if (
      roles.includes('operator') !== (operator !== null) ||
      (operator && !(OPERATORS as readonly string[]).includes(operator))
    ) {
      throw invalidParameter('operator', request.operator ?? '', 'operator', {
        options: OPERATORS.join(', '),
      });
    }
    const broken = request.password === undefined ? null : passwordRuleBroken(request.password, username);
    if (broken) throw invalidParameter('password', '***', broken);
    const password = request.password ?? onetimePassword();
    const users = new UserRepository(this.db);
    if (await users.findByUsername(username)) throw new HatangError('USER_EXISTS', { username });
    const passwordHash = await hashPassword(password);
    const user = await this.db.transaction(async (tx) => {
      const created = await new UserRepository(tx).create({
        username,
        displayName: request.displayName?.trim() || username,
        passwordHash,
        roles,
        provinces,
        operator,
        mustChangePassword: request.password === undefined,
      });
      await new AuditService(tx).record(context, {
        action: 'user.create',
        entity: 'user',
        entityId: username,
        after: audited(created),
      });
      return created;
    });
    return { user, password: request.password === undefined ? password : null };
  }

  list(): Promise<StoredUser[]> {
    return new UserRepository(this.db).list();
  }

  async require(username: string): Promise<StoredUser> {
    const user = await new UserRepository(this.db).findByUsername(username.trim().toLowerCase());
    if (!user) throw new HatangError('USER_NOT_FOUND', { username });
    return user;
  }

  async disable(username: string, context: AuditContext): Promise<StoredUser> {
    const before = await this.require(username);
    return this.db.transaction(async (tx) => {
      await new UserRepository(tx).disable(before.id);
      await new CredentialRepository(tx).deleteSessionsOf(before.id);
      const after = (await new UserRepository(tx).findById(before.id)) as StoredUser;
      await new AuditService(tx).record(context, {
        action: 'user.disable',
        entity: 'user',
        entityId: before.username,
        before: audited(before),
        after: audited(after),
      });
      return after;
    });
  }

  /**
   * A new one-time password for a user who lost theirs, returned once (to be handed over) and stored
   * as a hash; it must be changed at the next sign-in. Their sessions end: whoever held the old
   * password is signed out. Tokens stay (an admin revokes those on their own).
   */
  async resetPassword(
    username: string,
    context: AuditContext,
  ): Promise<{ user: StoredUser; password: string }> {
    const user = await this.require(username);
    const password = onetimePassword();
    const passwordHash = await hashPassword(password);
    await this.db.transaction(async (tx) => {
      await new UserRepository(tx).setPassword(user.id, passwordHash, true);
      const sessionsEnded = await new CredentialRepository(tx).deleteSessionsOf(user.id);
      await new AuditService(tx).record(context, {
        action: 'user.password_reset',
        entity: 'user',
        entityId: user.username,
        after: { sessionsEnded },
      });
    });
    return { user: { ...user, mustChangePassword: true }, password };
  }

  /** A new API token for the user: the returned `token` is shown once and stored only as a hash. */
  async createToken(
    username: string,
    name: string,
    context: AuditContext,
  ): Promise<{ token: string; stored: StoredToken }> {
    const user = await this.require(username);
    const token = `${TOKEN_PREFIX}${newSecret()}`;
    const stored = await this.db.transaction(async (tx) => {
      const created = await new CredentialRepository(tx).createToken({
        userId: user.id,
        name: name.trim() || 'token',
        prefix: token.slice(0, TOKEN_PREFIX.length + 6),
        tokenHash: hashSecret(token),
      });
      await new AuditService(tx).record(context, {
        action: 'token.create',
        entity: 'api_token',
        entityId: String(created.id),
        after: { user: user.username, name: created.name, prefix: created.prefix },
      });
      return created;
    });
    return { token, stored };
  }

  tokensOf(userId: number): Promise<StoredToken[]> {
    return new CredentialRepository(this.db).tokensOf(userId);
  }

  /** Revokes one of the user's tokens; `false` when the user has no such token. */
  async revokeToken(userId: number, tokenId: number, context: AuditContext): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const revoked = await new CredentialRepository(tx).revokeToken(tokenId, userId);
      if (revoked) {
        await new AuditService(tx).record(context, {
          action: 'token.revoke',
          entity: 'api_token',
          entityId: String(tokenId),
        });
      }
      return revoked;
    });
  }

  /**
   * On a database without any account: an `admin` with a one-time password, returned once to be
   * printed at start (and never stored in clear). `null` when accounts exist.
   */
  async ensureFirstAdmin(): Promise<{ username: string; password: string } | null> {
    if ((await new UserRepository(this.db).count()) > 0) return null;
    const { user, password } = await this.add(
      { username: 'admin', displayName: 'Quản trị viên', roles: ['admin'] },
      { userId: null, username: 'system', requestId: null, ip: null },
    );
    return password === null ? null : { username: user.username, password };
  }

  private async checkProvinces(codes: readonly string[], required: boolean): Promise<string[]> {
    const catalogue = await this.units.catalogue();
    const current = new Set(
      catalogue.units.filter((u) => u.level === 'province' && u.validTo === null).map((u) => u.code),
    );
    const provinces = [...new Set(codes.map((c) => c.trim().padStart(2, '0')))];
    if ((required && provinces.length === 0) || provinces.some((c) => !current.has(c))) {
      throw invalidParameter('provinces', codes.join(','), 'provinces');
    }
    return provinces;
  }
}
