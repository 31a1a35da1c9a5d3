import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, skipBrowser, startE2E, type Tab } from './support/browser-session.ts';
import { expectAccessible, settled, signIn, switchLanguage } from './support/page-checks.ts';

// Journey: the language switch turns every visible label to English and back, on every public page
// and on the pages a signed-in planner works in (submissions, a submission's report, sites on the map).
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

  /** Opens `path` in `tab` (a new anonymous tab when absent) and checks both languages there. */
  async function bothLanguages(path: string, name: string, signedIn?: Tab): Promise<void> {
    if (!e2e) throw new Error('set-up failed');
    const tab = signedIn ?? (await e2e.tab());
    const { page } = tab;
    await page.goto(`${tab.origin}${path}`);
    await settled(page);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    const navVi = await page.getByRole('navigation').first().innerText();
    await expectAccessible(tab, `${path} (vi)`);

    await switchLanguage(page, 'en');
    await settled(page);
    const untranslated = await tab.untranslated();
    expect(untranslated, `untranslated on ${path}: ${JSON.stringify(untranslated)}`).toEqual([]);
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
    if (!signedIn) await tab.close();
  }

  it.each(PUBLIC_PAGES)(
    '$path: English everywhere after EN, Vietnamese again after VI',
    async ({ path, name }) => {
      await bothLanguages(path, name);
    },
  );

  it('signed in: submissions, the upload form, a report and the sites map, in English and back', async () => {
    if (!e2e) throw new Error('set-up failed');
    const planner = { username: `e2e-lang-${Date.now().toString(36)}`, password: 'ke-hoach-e2e-mật-khẩu' };
    await e2e.server.services.users.add(
      { ...planner, roles: ['national_planner'], displayName: 'Lê Thị Kế Hoạch' },
      { userId: null, username: 'e2e-language', requestId: null, ip: null },
    );
    const tab = await e2e.tab();
    await signIn(tab.page, tab.origin, planner.username, planner.password);
    // Reviewers open on what awaits them; every status lists the demo inventory's submission too.
    await tab.page.goto(`${tab.origin}/submissions?status=all`);
    await settled(tab.page);
    const first = await tab.page
      .locator('a[href^="/submissions/"]:not([href$="/new"])')
      .first()
      .getAttribute('href');
    expect(first).toMatch(/^\/submissions\/\d+$/);
    await bothLanguages('/submissions?status=all', 'submissions', tab);
    await bothLanguages('/submissions/new', 'submission-new', tab);
    await bothLanguages(first ?? '', 'submission-detail', tab);
    await bothLanguages('/map?province=19', 'map-signed-in', tab);
    await tab.close();
  });
});
