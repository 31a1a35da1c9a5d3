import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, skipBrowser, startE2E } from './support/browser-session.ts';
import { expectAccessible, settled, switchLanguage } from './support/page-checks.ts';

// Journey: the language switch turns every visible label to English and back, on every public page.
// "Every label" is checked, not sampled: on the English page no visible text or label outside an
// element marked lang="vi" (names from the data: units, plans, indicators) may contain a letter only
// Vietnamese uses. Each page is also scanned by axe-core in both languages.

const PUBLIC_PAGES = [
  { path: '/', name: 'overview' },
  { path: '/units/19', name: 'unit-province' },
  { path: '/plans', name: 'plans' },
  { path: `/plans/${encodeURIComponent('36/QĐ-TTg')}`, name: 'plan-national' },
  { path: '/map', name: 'map' },
  { path: '/gaps?unit=19', name: 'gaps' },
  { path: '/login', name: 'login' },
  { path: '/no-such-page', name: 'not-found' },
];

describe.skipIf(skipBrowser)('journey: language switch (headless Chromium)', () => {
  let e2e: E2E | undefined;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it.each(PUBLIC_PAGES)(
    '$path: English everywhere after EN, Vietnamese again after VI',
    async ({ path, name }) => {
      if (!e2e) throw new Error('set-up failed');
      const tab = await e2e.tab();
      const { page } = tab;
      await page.goto(`${tab.origin}${path}`);
      await settled(page);
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      const navVi = await page.getByRole('navigation').first().innerText();
      await expectAccessible(tab, `${path} (vi)`);

      await switchLanguage(page, 'en');
      await settled(page);
      expect(await tab.untranslated(), `untranslated on ${path}`).toEqual([]);
      await expectAccessible(tab, `${path} (en)`);
      await tab.shot(`language-${name}-en`);

      // The choice survives a reload (it is remembered), and switching back restores the Vietnamese labels.
      await page.reload();
      await settled(page);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await switchLanguage(page, 'vi');
      await settled(page);
      expect(await page.getByRole('navigation').first().innerText()).toBe(navVi);
      await tab.shot(`language-${name}-vi`);
      expect(tab.problems).toEqual([]);
      await tab.close();
    },
  );
});
