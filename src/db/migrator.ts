import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: { version: number; name: string }[];
  current: number;
}

/** Thrown when a landed migration was edited or the database is ahead of this code. */
export class MigrationIntegrityError extends Error {}

export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const sql = await readFile(join(dir, file), 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.replace(/\.sql$/, ''),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    }),
  );
}

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

/**
 * Applies pending numbered migrations, each in its own transaction, in order. Landed migrations are
 * frozen (as in kysely's migrator): a checksum that no longer matches stops the start.
 */
export async function migrate(db: Database, migrations?: Migration[]): Promise<MigrationResult> {
  const all = migrations ?? (await readMigrations());
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied = new Map(
    (await db.query<AppliedRow>('SELECT version, name, checksum FROM schema_migration')).map((r) => [
      r.version,
      r,
    ]),
  );
  const known = new Set(all.map((m) => m.version));
  for (const row of applied.values()) {
    if (!known.has(row.version)) {
      throw new MigrationIntegrityError(
        `Cơ sở dữ liệu đã có migration ${row.name} mà mã nguồn này không biết: hãy cập nhật Hatang (database has migration ${row.name} unknown to this code).`,
      );
    }
  }
  const result: MigrationResult = { applied: [], current: 0 };
  for (const migration of all) {
    const done = applied.get(migration.version);
    if (done) {
      if (done.checksum !== migration.checksum) {
        throw new MigrationIntegrityError(
          `Migration ${migration.name} đã bị sửa sau khi áp dụng; hãy tạo migration mới thay vì sửa (migration was edited after it was applied).`,
        );
      }
    } else {
      await db.transaction(async (tx) => {
        await tx.exec(migration.sql);
        await tx.query('INSERT INTO schema_migration (version, name, checksum) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          migration.checksum,
        ]);
      });
      result.applied.push({ version: migration.version, name: migration.name });
    }
    result.current = migration.version;
  }
  return result;
}
