import { mkdir } from 'node:fs/promises';
import { PGlite, types } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { copySql } from './copy-text.ts';
import type { Database, Queryable } from './database.ts';

// Dates and timestamps come back as the ISO text PostgreSQL prints: a JS Date would shift a
// `date` by the process's time zone, and both engines must answer identically.
const textParsers = {
  [types.DATE]: (value: string) => value,
  [types.TIMESTAMPTZ]: (value: string) => value,
  [types.TIMESTAMP]: (value: string) => value,
};

interface PgliteLike {
  query<R>(sql: string, params?: unknown[], options?: { blob?: Blob }): Promise<{ rows: R[] }>;
  exec(sql: string): Promise<unknown>;
}

function queryable(client: PgliteLike): Queryable {
  return {
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<Row>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await client.exec(sql);
    },
    // PGlite has no COPY FROM STDIN; it reads the same text from a blob at the device '/dev/blob'.
    async copyRows(table, columns, text) {
      await client.query(`${copySql(table, columns).replace('FROM STDIN', "FROM '/dev/blob'")}`, [], {
        blob: new Blob([text]),
      });
    },
  };
}

/**
 * Opens (creating if needed) an embedded database. `dataDir` is a folder, or `memory://` for a
 * throwaway one. Creating a new PostGIS database takes ~15 s and ~1 GB of memory (measured here).
 */
export async function openPgliteDatabase(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir, extensions: { postgis }, parsers: textParsers });
  const base = queryable(client);
  return {
    engine: 'pglite',
    ...base,
    transaction: (work) => client.transaction((tx) => work(queryable(tx))),
    close: () => client.close(),
  };
}
