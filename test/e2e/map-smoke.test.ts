import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Smoke test of the first page in a real headless Chromium against the real server and database: the map
// must draw all 34 provinces and, after a click in the panel, the 92 communes of Thái Nguyên, with no error
// in the browser console. The counts come from what MapLibre rendered (the page's data-rendered-* hooks),
// not from the API answer, so a page that fetches but draws nothing fails here.

const CHROMIUM = '/usr/bin/chromium';
const inCI = process.env.CI === 'true';
const hasChromium = existsSync(CHROMIUM);
const distIndex = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));
const shotsDir = fileURLToPath(new URL('../../test-results/e2e/', import.meta.url));

// A developer without Chromium may skip; CI may not (the test would then prove nothing).
if (!hasChromium && !inCI) {
  console.warn(
    `e2e map smoke test skipped: no ${CHROMIUM} (apt-get install -y chromium, or scripts/test-services.sh)`,
  );
}

interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** HATANG_E2E_URL points the test at a server that is already running (a staging deployment, or a
 * developer's `hatang serve`); otherwise the real server is started in-process on a random port. */
async function startApp(): Promise<RunningServer> {
  const external = process.env.HATANG_E2E_URL;
  if (external) return { url: external.replace(/\/$/, ''), close: async () => {} };
  // Imported lazily so that pointing at an external server needs neither the database nor the server code.
  const { getTestDatabase } = await import('../support/test-database.ts');
  const { startServer } = await import('../../src/http/server.ts');
  const database = await getTestDatabase(process.env.DATABASE_URL ? 'postgres' : 'pglite');
  const server = await startServer({ port: 0, host: '127.0.0.1', database });
  return { url: server.url.replace(/\/$/, ''), close: () => server.close() };
}

/** Waits until the map says it finished (ready) or gave up (error, no-webgl), and fails with what the page
 * showed and logged rather than with a bare timeout. */
async function expectMapReady(page: Page, consoleErrors: readonly string[]): Promise<void> {
  const finished = '#map[data-state="ready"], #map[data-state="error"], #map[data-state="no-webgl"]';
  let mapState: string | null = null;
  try {
    await page.waitForSelector(finished, { state: 'attached', timeout: 60_000 });
    mapState = await page.getAttribute('#map', 'data-state');
  } catch {
    mapState = `${await page.getAttribute('#map', 'data-state')} after 60 s`;
  }
  if (mapState !== 'ready') {
    const shown = (await page.textContent('#panel'))?.replace(/\s+/g, ' ').trim();
    throw new Error(
      `map ended in state "${mapState}"; panel says: ${shown}; console: ${consoleErrors.join(' | ')}`,
    );
  }
}

describe.skipIf(!hasChromium && !inCI)('web map (headless Chromium)', () => {
  let browser: Browser | undefined;
  let app: RunningServer | undefined;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    if (!hasChromium) {
      throw new Error(
        `CI=true but ${CHROMIUM} is missing: scripts/test-services.sh installs it (apt-get install chromium)`,
      );
    }
    if (!existsSync(distIndex)) {
      throw new Error(`web/dist/index.html is missing: run \`npm run build:web\` before the e2e tests`);
    }
    mkdirSync(shotsDir, { recursive: true });
    app = await startApp();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('draws the 34 provinces, then the 92 communes of Thái Nguyên, with no console error', async () => {
    if (!browser || !app) throw new Error('setup did not finish');
    const origin = app.url;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => consoleErrors.push(`page: ${err.message}`));
    // The page must work offline: anything fetched from another origin is a bug (tiles, fonts, glyphs).
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        foreignRequests.push(url);
      }
    });

    await page.goto(`${origin}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.title()).toBe('Hatang — Hạ tầng số Việt Nam');

    await expectMapReady(page, consoleErrors);
    expect(await page.getAttribute('#map', 'data-rendered-provinces')).toBe('34');
    expect(await page.locator('#unit-list button').count()).toBe(34);
    expect(await page.textContent('#panel-count')).toBe('34 tỉnh, thành phố');
    await page.screenshot({ path: `${shotsDir}map-provinces.png` });

    await page.click('#unit-list button[data-code="19"]');
    await page.waitForFunction(
      () => Number(document.getElementById('map')?.getAttribute('data-rendered-communes') ?? '0') > 0,
      undefined,
      { timeout: 60_000 },
    );
    expect(await page.getAttribute('#map', 'data-rendered-communes')).toBe('92');
    expect(await page.textContent('#panel-heading')).toBe('Tỉnh Thái Nguyên');
    expect(await page.textContent('#panel-count')).toBe('92 xã, phường');
    expect(await page.locator('#unit-list button').count()).toBe(92);
    await page.screenshot({ path: `${shotsDir}map-thai-nguyen.png` });

    // Back to the national view from the keyboard-reachable button.
    await page.click('#back');
    expect(await page.locator('#unit-list button').count()).toBe(34);
    expect(await page.getAttribute('#map', 'data-rendered-communes')).toBeNull();

    await page.close();
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
