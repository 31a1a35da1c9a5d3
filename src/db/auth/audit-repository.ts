import type { Queryable } from '../database.ts';

export interface AuditEntry {
  userId: number | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

export interface StoredAuditEntry extends AuditEntry {
  id: number;
  at: string;
}

export interface AuditFilter {
  userId?: number;
  entity?: string;
  entityId?: string;
  from?: string;
  until?: string;
  limit: number;
  offset: number;
}

/** The append-only audit trail (migration 0005: the database refuses UPDATE, DELETE and TRUNCATE). */
export class AuditRepository {
  constructor(private readonly db: Queryable) {}

  async append(e: AuditEntry): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_log (user_id, username, action, entity, entity_id, before, after, request_id, ip)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9)`,
      [
        e.userId,
        e.username,
        e.action,
        e.entity,
        e.entityId,
        e.before === undefined ? null : JSON.stringify(e.before),
        e.after === undefined ? null : JSON.stringify(e.after),
        e.requestId,
        e.ip,
      ],
    );
  }

  async list(f: AuditFilter): Promise<{ items: StoredAuditEntry[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (f.userId !== undefined) add('user_id = ?', f.userId);
    if (f.entity !== undefined) add('entity = ?', f.entity);
    if (f.entityId !== undefined) add('entity_id = ?', f.entityId);
    if (f.from !== undefined) add('at >= ?::date', f.from);
    if (f.until !== undefined) add("at < ?::date + interval '1 day'", f.until);
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const [count] = await this.db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM audit_log ${clause}`,
      params,
    );
    const items = await this.db.query<StoredAuditEntry>(
      `SELECT id::integer AS id, at, user_id AS "userId", username, action, entity, entity_id AS "entityId", before,
         after, request_id AS "requestId", ip
       FROM audit_log ${clause} ORDER BY id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, f.limit, f.offset],
    );
    return { items, total: count?.n ?? 0 };
  }
}
