import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Database } from '../../../src/db/database.ts';
import type { RunningServer } from '../../../src/http/server.ts';

// The end-to-end journeys' shared set-up: the real server in-process on the run's test database, a real
// headless Chromium, and per tab the checks every journey makes — console errors, requests to other
// origins (the app must work offline), screenshots, axe-core scans and the "no untranslated label" check.

export const CHROMIUM = '/usr/bin/chromium';
const inCI = process.env.CI === 'true';
export const hasChromium = existsSync(CHROMIUM);
const distIndex = fileURLToPath(new URL('../../../web/dist/index.html', import.meta.url));
export const SHOTS_DIR = fileURLToPath(new URL('../../../test-results/e2e/', import.meta.url));

/** A developer without Chromium may skip the journeys; CI may not (the tests would prove nothing). */
export const skipBrowser = !hasChromium && !inCI;
if (skipBrowser) {
  console.warn(
    `e2e journeys skipped: no ${CHROMIUM} (apt-get install -y chromium, or scripts/test-services.sh)`,
  );
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export interface Tab {
  readonly page: Page;
  readonly origin: string;
  /** Console errors, page errors and foreign requests seen so far, each prefixed with where. */
  readonly problems: string[];
  shot(name: string): Promise<void>;
  /** axe-core's serious and critical violations of the page as it is now. */
  axe(): Promise<AxeViolation[]>;
  /** Visible texts with a Vietnamese letter, and labels mostly in Vietnamese, outside [lang="vi"] (English pages). */
  untranslated(): Promise<string[]>;
  close(): Promise<void>;
}

export interface E2E {
  readonly origin: string;
  readonly server: RunningServer;
  readonly db: Database;
  tab(options?: { width?: number; height?: number }): Promise<Tab>;
  close(): Promise<void>;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Letters only Vietnamese uses among Latin scripts: đ ă â ê ô ơ ư and the Latin Extended Additional
 * block (ạ ả ấ … ỹ, U+1EA0–U+1EF9), which carries every tone-marked vowel. */
const VIETNAMESE = /[đĐăĂâÂêÊôÔơƠưƯ\u1EA0-\u1EF9]/;

export async function startE2E(): Promise<E2E> {
  if (!hasChromium) {
    throw new Error(
      `CI=true but ${CHROMIUM} is missing: scripts/test-services.sh installs it (apt-get install chromium)`,
    );
  }
  if (!existsSync(distIndex)) {
    throw new Error('web/dist/index.html is missing: run `npm run build:web` before the e2e tests');
  }
  mkdirSync(SHOTS_DIR, { recursive: true });
  // Imported lazily so a skipped run loads neither the database nor the server.
  const { getTestDatabase } = await import('../../support/test-database.ts');
  const { startServer } = await import('../../../src/http/server.ts');
  const db = await getTestDatabase(process.env.DATABASE_URL ? 'postgres' : 'pglite');
  const server = await startServer({ port: 0, host: '127.0.0.1', database: db });
  const origin = server.url.replace(/\/$/, '');
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  } catch (err) {
    await server.close();
    throw err;
  }
  const contexts: BrowserContext[] = [];
  return {
    origin,
    server,
    db,
    async tab(options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
      });
      contexts.push(context);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error on ${page.url()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error on ${page.url()}: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          problems.push(`request to another origin: ${url}`);
        }
      });
      return {
        page,
        origin,
        problems,
        shot: async (name) => {
          await page.screenshot({ path: `${SHOTS_DIR}${name}.png`, fullPage: true });
        },
        axe: async () => {
          // Runtime.evaluate is not subject to the page's CSP (script-src 'self'), an injected tag would be.
          await page.evaluate(axeSource);
          const result = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } })
              .axe;
            return (await axe.run()).violations;
          });
          return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        },
        untranslated: () =>
          page.evaluate((pattern) => {
            const vietnamese = new RegExp(pattern);
            // Text: any Vietnamese letter outside [lang="vi"] is untranslated. The app marks names from
            // the data inside English sentences ("plan of <span lang=vi>Bắc Kạn</span>"), so none is excused.
            const hasVietnamese = (text: string) => vietnamese.test(text);
            // Attributes cannot hold marked spans: an English aria-label may name a place ("Open Xã Tam
            // Kim"); a Vietnamese one is mostly such words. Flagged there: more than a third of its words.
            const untranslatedAttribute = (text: string) => {
              const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
              const marked = words.filter((w) => vietnamese.test(w)).length;
              return marked > 0 && marked * 3 > words.length;
            };
            const found: string[] = [];
            const visible = (el: Element) => {
              const box = el.getBoundingClientRect();
              const style = getComputedStyle(el);
              return (
                box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
              );
            };
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const parent = node.parentElement;
              const text = node.textContent?.trim() ?? '';
              if (!parent || !text || !hasVietnamese(text)) continue;
              if (parent.closest('[lang="vi"], script, style, noscript') || !visible(parent)) continue;
              found.push(text);
            }
            for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
              if (el.closest('[lang="vi"]') || !visible(el)) continue;
              for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) {
                const value = el.getAttribute(attr);
                if (value && untranslatedAttribute(value)) found.push(`${attr}="${value}"`);
              }
            }
            return found;
          }, VIETNAMESE.source),
        close: () => context.close(),
      };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until a map says it drew its data (or failed), and fails with what it said. */
export async function mapReady(page: Page, mapId: string, timeout = 60_000): Promise<void> {
  const selector = `[data-map-id="${mapId}"]`;
  await page.waitForSelector(
    `${selector}[data-state="ready"], ${selector}[data-state="error"], ${selector}[data-state="no-webgl"]`,
    { state: 'attached', timeout },
  );
  const state = await page.getAttribute(selector, 'data-state');
  if (state !== 'ready') throw new Error(`map "${mapId}" ended in state ${state}`);
}

export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
    .join('\n');
}
