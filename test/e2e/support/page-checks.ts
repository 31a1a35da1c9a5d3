import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { describeViolations, type Tab } from './browser-session.ts';

/** Waits until the page has settled: no request in flight for a moment and no loading line shown. */
export async function settled(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout });
  await page.waitForFunction(
    () => [...document.querySelectorAll('.loading-line')].every((el) => el.getClientRects().length === 0),
    undefined,
    { timeout },
  );
}

/** The checks every page of every journey passes: axe-core finds no serious or critical violation. */
export async function expectAccessible(tab: Tab, where: string): Promise<void> {
  const violations = await tab.axe();
  expect(violations.length, `axe on ${where}:\n${describeViolations(violations)}`).toBe(0);
}

/** Clicks the header's language button and waits for the document language to follow. */
export async function switchLanguage(page: Page, to: 'vi' | 'en'): Promise<void> {
  await page.getByRole('button', { name: to === 'en' ? /^EN\b/ : /^VI\b/ }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
}

/** Signs in through the form, as a user would; the app then opens the submissions page. */
export async function signIn(page: Page, origin: string, username: string, password: string): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/submissions/);
}
