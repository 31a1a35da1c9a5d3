/**
 * The only door to SQL. Two engines speak the same dialect: PGlite (embedded PostgreSQL + PostGIS,
 * the default) and a PostgreSQL 15 + PostGIS 3.3 server. Repositories take a `Queryable` so they run
 * inside or outside a transaction unchanged.
 */
export type EngineName = 'pglite' | 'postgres';

export interface Queryable {
  query<Row extends object>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Bulk-loads rows with `COPY … FROM STDIN` (text format, see `copyText`): the fastest way into
   * PostgreSQL, ~2× an `INSERT … SELECT FROM unnest(…)` of the same rows (measured, bench import.sites).
   */
  copyRows(table: string, columns: readonly string[], text: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly engine: EngineName;
  /** Runs `work` in one transaction: everything commits or nothing does. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
