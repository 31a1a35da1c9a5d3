import type { Queryable } from '../database.ts';

export interface StoredToken {
  id: number;
  userId: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/**
 * Login sessions and API tokens, both stored as the SHA-256 of the secret the client holds: a copy
 * of this table lets nobody in.
 */
export class CredentialRepository {
  constructor(private readonly db: Queryable) {}

  async createSession(s: { idHash: string; userId: number; csrfToken: string; expiresAt: string }) {
    await this.db.query(
      'INSERT INTO user_session (id_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)',
      [s.idHash, s.userId, s.csrfToken, s.expiresAt],
    );
  }

  /** The live session's user and CSRF token; expired sessions and disabled users find nothing. */
  async session(idHash: string): Promise<{ userId: number; csrfToken: string } | null> {
    const [row] = await this.db.query<{ userId: number; csrfToken: string }>(
      `SELECT s.user_id AS "userId", s.csrf_token AS "csrfToken" FROM user_session s
       JOIN app_user u ON u.id = s.user_id
       WHERE s.id_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [idHash],
    );
    return row ?? null;
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.query('DELETE FROM user_session WHERE id_hash = $1', [idHash]);
  }

  /** Ends the user's sessions, except the one whose hash is `keepIdHash`; returns how many ended. */
  async deleteSessionsOf(userId: number, keepIdHash: string | null = null): Promise<number> {
    const rows = await this.db.query<{ idHash: string }>(
      `DELETE FROM user_session WHERE user_id = $1 AND ($2::text IS NULL OR id_hash <> $2::text)
       RETURNING id_hash AS "idHash"`,
      [userId, keepIdHash],
    );
    return rows.length;
  }

  async createToken(t: {
    userId: number;
    name: string;
    prefix: string;
    tokenHash: string;
  }): Promise<StoredToken> {
    const [row] = await this.db.query<StoredToken>(
      `INSERT INTO api_token (user_id, name, prefix, token_hash) VALUES ($1, $2, $3, $4)
       RETURNING id, user_id AS "userId", name, prefix, created_at AS "createdAt", last_used_at AS "lastUsedAt",
         revoked_at AS "revokedAt"`,
      [t.userId, t.name, t.prefix, t.tokenHash],
    );
    if (!row) throw new Error('INSERT INTO api_token returned nothing');
    return row;
  }

  /** The user of a live token (not revoked, user not disabled), marking it used. */
  async tokenUser(tokenHash: string): Promise<number | null> {
    const [row] = await this.db.query<{ userId: number }>(
      `UPDATE api_token t SET last_used_at = now() FROM app_user u
       WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.id = t.user_id AND u.disabled_at IS NULL
       RETURNING t.user_id AS "userId"`,
      [tokenHash],
    );
    return row?.userId ?? null;
  }

  async tokensOf(userId: number): Promise<StoredToken[]> {
    return this.db.query<StoredToken>(
      `SELECT id, user_id AS "userId", name, prefix, created_at AS "createdAt", last_used_at AS "lastUsedAt",
         revoked_at AS "revokedAt" FROM api_token WHERE user_id = $1 ORDER BY id`,
      [userId],
    );
  }

  async revokeToken(id: number, userId: number): Promise<boolean> {
    const rows = await this.db.query<{ id: number }>(
      'UPDATE api_token SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id',
      [id, userId],
    );
    return rows.length > 0;
  }
}
