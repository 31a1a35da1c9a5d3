/**
 * One engine's side of `import.sites`, in its own process so its memory is measured alone:
 * `tsx bench/import-sites/worker.ts pglite|postgres FILE [SCHEMA]`. Prepares a database with the real
 * units (not timed), validates FILE as a dry run, then imports it for VIETTEL; prints one JSON line.
 */
import { readFile } from 'node:fs/promises';
import type { Database } from '../../src/db/database.ts';
import { openPgliteDatabase } from '../../src/db/pglite-database.ts';
import { openPostgresDatabase } from '../../src/db/postgres-database.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { CLI_CALLER } from '../../src/services/auth/caller.ts';
import { prepareDatabase } from '../../src/services/bootstrap.ts';
import { createServices } from '../../src/services/services.ts';
import { communePolygons } from '../../src/services/units/commune-polygons.ts';

const [engine, file, schema] = process.argv.slice(2);
if (!file || (engine !== 'pglite' && engine !== 'postgres'))
  throw new Error('usage: worker.ts pglite|postgres FILE [SCHEMA]');

/** Peak resident memory, sampled every 20 ms from `start()`; `peakMb()` reads it so far. */
class RssSampler {
  private peak = 0;
  private timer: NodeJS.Timeout | undefined;
  start(): void {
    this.peak = process.memoryUsage().rss;
    this.timer = setInterval(() => this.sample(), 20);
  }
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }
  peakMb(): number {
    this.sample();
    return this.peak / 2 ** 20;
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

async function open(): Promise<Database> {
  if (engine === 'pglite') return openPgliteDatabase('memory://');
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  return openPostgresDatabase(url, schema ? { schema } : {});
}

const db = await open();
await prepareDatabase(db, { logger: createLogger('error'), loadReferenceData: true });
const services = createServices(db);
// Boundaries and the unit catalogue are loaded once per process; not part of a file's import.
await services.units.catalogue();
await communePolygons();
const bytes = new Uint8Array(await readFile(file));
const request = {
  caller: CLI_CALLER,
  afterUpload: 'approve' as const,
  operator: 'VIETTEL',
  period: '2025-Q4',
  fileName: 'tram-viettel.csv',
  bytes,
};

const sampler = new RssSampler();
sampler.start();
const dryStart = performance.now();
const dry = await services.imports.importSites({ ...request, dryRun: true });
const validateSeconds = (performance.now() - dryStart) / 1000;
const validatePeakMb = sampler.peakMb();
sampler.stop();
if (dry.errorCount > 0) throw new Error(JSON.stringify(dry.errors.slice(0, 3)));

let stagedSeconds = 0;
let commitSeconds = 0;
let importPeakMb = 0;
sampler.start();
const t0 = performance.now();
const real = await services.imports.importSites({
  ...request,
  dryRun: false,
  // The commit ends where the service announces the recompute; the recompute is reported apart.
  // Staged as a submission (validated rows kept) until the approval starts applying them.
  onProgress: (message) => {
    if (stagedSeconds === 0 && message.startsWith('Duyệt')) stagedSeconds = (performance.now() - t0) / 1000;
    if (commitSeconds === 0 && message.startsWith('Tính lại')) {
      commitSeconds = (performance.now() - t0) / 1000;
      importPeakMb = sampler.peakMb();
    }
  },
});
const total = (performance.now() - t0) / 1000;
sampler.stop();
const rows = real.summary.rows;
process.stdout.write(
  `${JSON.stringify({
    engine,
    rows,
    accepted: real.summary.accepted,
    committed: real.committed,
    validateSeconds,
    validateRowsPerSecond: rows / validateSeconds,
    validatePeakMb,
    stagedSeconds,
    commitSeconds,
    commitRowsPerSecond: rows / commitSeconds,
    importPeakMb,
    recomputeSeconds: total - commitSeconds,
  })}\n`,
);
await db.close();
