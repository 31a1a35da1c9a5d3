import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startDemoLoad } from '../src/cli/demo-job.ts';
import { openPgliteDatabase } from '../src/db/pglite-database.ts';
import { startServer } from '../src/http/server.ts';
import { createLogger } from '../src/logging/logger.ts';
import { prepareDatabase } from '../src/services/bootstrap.ts';
import { type Benchmark, median } from './benchmark.ts';

const RUNS = 5;
const CHROMIUM = '/usr/bin/chromium';
const DIST = fileURLToPath(new URL('../web/dist/index.html', import.meta.url));

/**
 * Issue 6's "first page load under 2 s on localhost": a cold browser (new profile, empty cache) opens
 * "/" on a fresh server with the real units, plans and demo inventory (as `npm start`), until the national targets' cards are on screen
 * (HTML, scripts, styles, the session, the plan list and the national plan's progress). Baseline in the
 * same run: the same cold browser opening a plain JSON document of the same server (/api/health) — the
 * floor of navigation plus one round trip, so the ratio says how many such floors the first page costs.
 */
export const webFirstLoad: Benchmark = {
  name: 'web.first-load',
  baseline: 'cold_navigation_to_api_health',
  async run() {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium)`);
    if (!existsSync(DIST)) throw new Error('web/dist is missing: npm run build:web');
    const db = await openPgliteDatabase('memory://');
    await prepareDatabase(db, { logger: createLogger('silent'), loadReferenceData: true });
    const server = await startServer({ database: db, port: 0 });
    // As `npm start` serves it: the whole country's synthetic inventory, coverage and indicators, so
    // the national plan's progress has observations to read (~1-2 min to generate, not timed).
    await startDemoLoad(server.services, createLogger('silent'));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
      ],
    });
    try {
      const page = async (path: string, ready: string | null): Promise<number> => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const tab = await context.newPage();
        const start = performance.now();
        await tab.goto(`${server.url}${path}`, { waitUntil: 'load' });
        if (ready) await tab.locator(ready).first().waitFor({ timeout: 60_000 });
        const ms = performance.now() - start;
        await context.close();
        return ms;
      };
      // One warm-up of each: the server's first answers fill its caches (unit catalogue, name index).
      await page('/', 'article.overview-card');
      await page('/api/health', null);
      const ours: number[] = [];
      const floor: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        ours.push(await page('/', 'article.overview-card'));
        floor.push(await page('/api/health', null));
      }
      return {
        value: median(ours) / 1000,
        unit: 's',
        baseline_value: median(floor) / 1000,
        n: RUNS,
        note: `cold Chromium profile per run, 1280×800, PGlite with the real units and plans and the demo inventory; goal < 2 s (issue 6); runs ${ours.map((v) => v.toFixed(0)).join('/')} ms`,
      };
    } finally {
      await browser.close();
      await server.close();
      await db.close();
    }
  },
};
