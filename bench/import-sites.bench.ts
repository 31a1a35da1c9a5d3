import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { Benchmark } from './benchmark.ts';
import { sitesCsv } from './import-sites/sites-file.ts';

const run = promisify(execFile);
const ROWS = Number(process.env.HATANG_BENCH_IMPORT_ROWS ?? 1_000_000);

interface WorkerResult {
  engine: string;
  rows: number;
  committed: boolean;
  validateSeconds: number;
  validateRowsPerSecond: number;
  validatePeakMb: number;
  /** File to submitted (validated rows kept with the submission); the rest is the approval applying them. */
  stagedSeconds: number;
  commitSeconds: number;
  commitRowsPerSecond: number;
  importPeakMb: number;
  recomputeSeconds: number;
}

/** One engine in its own process (so its peak memory is its own), on a fresh database. */
async function measure(engine: 'pglite' | 'postgres', file: string, schema?: string): Promise<WorkerResult> {
  const worker = new URL('./import-sites/worker.ts', import.meta.url).pathname;
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', worker, engine, file, ...(schema ? [schema] : [])],
    { maxBuffer: 1 << 20, env: process.env },
  );
  const line = stdout.trim().split('\n').at(-1) ?? '';
  const result = JSON.parse(line) as WorkerResult;
  if (!result.committed || result.rows !== ROWS)
    throw new Error(`import.sites: ${engine} did not commit: ${line}`);
  return result;
}

const describe = (r: WorkerResult) =>
  `${r.engine}: validated ${Math.round(r.validateRowsPerSecond).toLocaleString('en')} rows/s ` +
  `(peak ${Math.round(r.validatePeakMb)} MB), committed ${Math.round(r.commitRowsPerSecond).toLocaleString('en')} rows/s ` +
  `in ${r.commitSeconds.toFixed(1)} s (submitted after ${r.stagedSeconds.toFixed(1)} s, then approved; peak ${Math.round(r.importPeakMb)} MB), then coverage and indicators ` +
  `recomputed in ${r.recomputeSeconds.toFixed(1)} s`;

/**
 * A million-row operator site list (CSV, Vietnamese headers, comma decimals on a third of the rows,
 * every site inside its real commune) imported end to end: read, decoded, validated against the
 * real units and boundaries, kept with its submission in one transaction, then approved (its rows made
 * current in a second). Dry run first (validation rate), then the import (commit rate: file to approved
 * rows; peak memory of the importing process).
 * Ours = PostgreSQL; the baseline is the same import on the embedded PGlite, in the same run.
 */
export const importSites: Benchmark = {
  name: 'import.sites',
  baseline: 'same import on PGlite',
  async run() {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error(
        'import.sites needs PostgreSQL: set DATABASE_URL (eval "$(bash scripts/test-services.sh)" starts one)',
      );
    }
    const dir = await mkdtemp(join(tmpdir(), 'hatang-bench-'));
    const schema = `bench_import_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const file = join(dir, 'tram-viettel.csv');
      await writeFile(file, await sitesCsv(ROWS));
      await admin.query(`CREATE SCHEMA ${schema}`);
      const postgres = await measure('postgres', file, schema);
      const pglite = await measure('pglite', file);
      return {
        value: postgres.commitSeconds,
        unit: 's',
        baseline_value: pglite.commitSeconds,
        n: 1,
        note: `${ROWS.toLocaleString('en')} rows. ${describe(postgres)} (server at DATABASE_URL; scripts/test-services.sh runs it with fsync off). ${describe(pglite)}. Goals: validation ≥ 100,000 rows/s, commit ≥ 50,000 rows/s on PostgreSQL, peak < 1 GB.`,
      };
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
