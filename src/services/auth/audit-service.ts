import { type AuditFilter, AuditRepository, type StoredAuditEntry } from '../../db/auth/audit-repository.ts';
import type { Queryable } from '../../db/database.ts';

/** Who acts and from where: the signed-in user (or the command line), the request id, the address. */
export interface AuditContext {
  userId: number | null;
  username: string | null;
  requestId: string | null;
  ip: string | null;
}

export const CLI_CONTEXT: AuditContext = { userId: null, username: 'cli', requestId: null, ip: null };

/** Writes to the append-only audit trail; takes the transaction's Queryable so the entry commits with the change. */
export class AuditService {
  constructor(private readonly db: Queryable) {}

  async record(
    context: AuditContext,
    change: { action: string; entity: string; entityId: string | null; before?: unknown; after?: unknown },
  ): Promise<void> {
    await new AuditRepository(this.db).append({
      userId: context.userId,
      username: context.username,
      action: change.action,
      entity: change.entity,
      entityId: change.entityId,
      before: change.before ?? null,
      after: change.after ?? null,
      requestId: context.requestId,
      ip: context.ip,
    });
  }

  list(filter: AuditFilter): Promise<{ items: StoredAuditEntry[]; total: number }> {
    return new AuditRepository(this.db).list(filter);
  }
}
