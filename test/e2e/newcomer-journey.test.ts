import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, mapReady, skipBrowser, startE2E } from './support/browser-session.ts';
import { expectAccessible, settled } from './support/page-checks.ts';

// Journey of issue 6: a newcomer opens "/", sees the national targets and the map, searches "thai
// nguyen" (no diacritics), opens the province and sees its communes, indicators, statuses and lineage.
// Expected counts come from the API of the same server (what the database holds), never from the page.

const NATIONAL_PLAN = '36/QĐ-TTg';

async function apiJson<T>(origin: string, path: string): Promise<T> {
  const response = await fetch(`${origin}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

describe.skipIf(skipBrowser)('journey: a newcomer finds Thái Nguyên (headless Chromium)', () => {
  let e2e: E2E | undefined;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('overview → search "thai nguyen" → the province page with communes, statuses and lineage', async () => {
    if (!e2e) throw new Error('set-up failed');
    const { origin } = e2e;
    const progress = await apiJson<{ targets: unknown[] }>(
      origin,
      `/api/plans/${encodeURIComponent(NATIONAL_PLAN)}/progress`,
    );
    const provinces = await apiJson<{ total: number }>(origin, '/api/units?level=province&limit=1');
    const communes = await apiJson<{ total: number }>(origin, '/api/units?parent=19&limit=1');
    const unit = await apiJson<{ predecessors: { fullName: string }[] }>(origin, '/api/units/19');
    expect(progress.targets.length).toBeGreaterThan(0);

    const tab = await e2e.tab();
    const { page } = tab;
    await page.goto(`${origin}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    // One card per target of the national plan, each with a status in words.
    await page.locator('article.overview-card').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('article.overview-card').count()).toBe(progress.targets.length);
    expect(await page.locator('article.overview-card [data-status]').count()).toBe(progress.targets.length);
    // The choropleth drew every province (what MapLibre rendered, not what was fetched).
    await mapReady(page, 'overview');
    expect(await page.getAttribute('[data-map-id="overview"]', 'data-rendered')).toBe(
      String(provinces.total),
    );
    await settled(page);
    await tab.shot('newcomer-1-overview');
    await expectAccessible(tab, '/');

    // The header search, typed as a newcomer types: no diacritics.
    const search = page.getByPlaceholder('Tìm đơn vị hành chính…');
    expect(await search.getAttribute('type')).toBe('search');
    await search.fill('thai nguyen');
    const option = page.getByRole('option', { name: /Tỉnh Thái Nguyên/ });
    await option.waitFor();
    await tab.shot('newcomer-2-search');
    await option.click();
    await page.waitForURL(`${origin}/units/19`);

    await page.getByRole('heading', { level: 1, name: /Thái Nguyên/ }).waitFor();
    await settled(page);
    // Its communes: listed and drawn.
    await expect
      .poll(() => page.getByRole('list', { name: /xã/i }).getByRole('link').count(), { timeout: 30_000 })
      .toBe(communes.total);
    await mapReady(page, 'unit');
    expect(await page.getAttribute('[data-map-id="unit"]', 'data-rendered')).toBe(String(communes.total));
    // Indicators against the plans, each with a status.
    expect(await page.locator('article.unit-target').count()).toBeGreaterThan(0);
    expect(await page.locator('article.unit-target [data-status]').count()).toBeGreaterThan(0);
    // Its lineage: formed on 1/7/2025 from its predecessors, each linked.
    const lineage = page.locator('section.unit-lineage');
    await expect.poll(() => lineage.innerText()).toContain('Thành lập ngày 1/7/2025 từ');
    for (const predecessor of unit.predecessors) {
      expect(await lineage.getByRole('link', { name: predecessor.fullName }).count()).toBe(1);
    }
    await tab.shot('newcomer-3-province');
    await expectAccessible(tab, '/units/19');
    expect(tab.problems).toEqual([]);
    await tab.close();
  });
});
