import type { Queryable } from '../database.ts';

/**
 * Inserts many rows through `json_to_recordset`, a batch per statement: one round trip per few
 * thousand rows, on both engines, with no COPY (PGlite has no COPY FROM STDIN over this API).
 */
export async function bulkInsert<Row extends object>(
  db: Queryable,
  rows: readonly Row[],
  sqlForBatch: string,
  options: { batchSize?: number; onProgress?: (done: number) => void } = {},
): Promise<number> {
  const size = options.batchSize ?? 5000;
  let done = 0;
  for (let i = 0; i < rows.length; i += size) {
    const batch = rows.slice(i, i + size);
    await db.query(sqlForBatch, [JSON.stringify(batch)]);
    done += batch.length;
    options.onProgress?.(done);
  }
  return done;
}
