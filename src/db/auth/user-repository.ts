import type { Role } from '../../core/auth/actor.ts';
import type { Queryable } from '../database.ts';

/** The roles of core/auth/actor.ts, as the database stores them. */
export type RoleName = Role;

export interface StoredUser {
  id: number;
  username: string;
  displayName: string;
  roles: RoleName[];
  provinces: string[];
  operator: string | null;
  mustChangePassword: boolean;
  disabledAt: string | null;
  createdAt: string;
}

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  roles: readonly RoleName[];
  provinces: readonly string[];
  operator: string | null;
  mustChangePassword: boolean;
}

const COLUMNS = `id, username, display_name AS "displayName", roles, provinces, operator,
  must_change_password AS "mustChangePassword", disabled_at AS "disabledAt", created_at AS "createdAt"`;

/** Accounts. The password hash is read only by `credentials`, never with the user. */
export class UserRepository {
  constructor(private readonly db: Queryable) {}

  async create(user: NewUser): Promise<StoredUser> {
    const [row] = await this.db.query<StoredUser>(
      `INSERT INTO app_user (username, display_name, password_hash, roles, provinces, operator, must_change_password)
       VALUES ($1, $2, $3, $4::text[], $5::text[], $6, $7) RETURNING ${COLUMNS}`,
      [
        user.username,
        user.displayName,
        user.passwordHash,
        user.roles,
        user.provinces,
        user.operator,
        user.mustChangePassword,
      ],
    );
    if (!row) throw new Error('INSERT INTO app_user returned nothing');
    return row;
  }

  async findByUsername(username: string): Promise<StoredUser | null> {
    const [row] = await this.db.query<StoredUser>(`SELECT ${COLUMNS} FROM app_user WHERE username = $1`, [
      username,
    ]);
    return row ?? null;
  }

  async findById(id: number): Promise<StoredUser | null> {
    const [row] = await this.db.query<StoredUser>(`SELECT ${COLUMNS} FROM app_user WHERE id = $1`, [id]);
    return row ?? null;
  }

  async credentials(username: string): Promise<{ user: StoredUser; passwordHash: string } | null> {
    const [row] = await this.db.query<StoredUser & { passwordHash: string }>(
      `SELECT ${COLUMNS}, password_hash AS "passwordHash" FROM app_user WHERE username = $1`,
      [username],
    );
    if (!row) return null;
    const { passwordHash, ...user } = row;
    return { user, passwordHash };
  }

  async list(): Promise<StoredUser[]> {
    return this.db.query<StoredUser>(`SELECT ${COLUMNS} FROM app_user ORDER BY username`);
  }

  async count(): Promise<number> {
    const [row] = await this.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM app_user');
    return row?.n ?? 0;
  }

  async disable(id: number): Promise<void> {
    await this.db.query('UPDATE app_user SET disabled_at = COALESCE(disabled_at, now()) WHERE id = $1', [id]);
  }

  async setPassword(id: number, passwordHash: string, mustChange: boolean): Promise<void> {
    await this.db.query('UPDATE app_user SET password_hash = $2, must_change_password = $3 WHERE id = $1', [
      id,
      passwordHash,
      mustChange,
    ]);
  }
}
