import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copySql } from './copy-text.ts';
import type { Database, Queryable } from './database.ts';

// See pglite-database.ts: dates stay ISO text on both engines.
const DATE_OID = 1082;
const TIMESTAMP_OID = 1114;
const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === DATE_OID || oid === TIMESTAMP_OID || oid === TIMESTAMPTZ_OID) return (value: string) => value;
    // count(*) and sums are int8/numeric: PGlite returns JS numbers, so the server engine does too.
    // Counts here stay far below 2^53.
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/** COPY needs one connection for its whole stream: a pool lends one for the time of the copy. */
async function copyOn(client: pg.Pool | pg.PoolClient, sql: string, text: string): Promise<void> {
  const connection = client instanceof pg.Pool ? await client.connect() : client;
  try {
    const stream = connection.query(copyFrom(sql));
    await pipeline(async function* () {
      yield text;
    }, stream);
  } finally {
    if (client instanceof pg.Pool) (connection as pg.PoolClient).release();
  }
}

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<Row>({ text: sql, values: [...params], types: typeParsers });
      return result.rows;
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    copyRows: (table, columns, text) => copyOn(client, copySql(table, columns), text),
  };
}

export interface PostgresOptions {
  /** Schema to work in (tests isolate each run in its own); PostGIS stays reachable through `public`. */
  schema?: string;
  maxConnections?: number;
}

/** Connects to a PostgreSQL + PostGIS server given a `postgres://` URL. */
export async function openPostgresDatabase(url: string, options: PostgresOptions = {}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema},public` } : {}),
  });
  // Fail now, with the server's own message, rather than at the first request.
  await pool.query('SELECT 1');
  const base = queryable(pool);
  return {
    engine: 'postgres',
    ...base,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
