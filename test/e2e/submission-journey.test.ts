import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, mapReady, skipBrowser, startE2E, type Tab } from './support/browser-session.ts';
import { expectAccessible, settled, signIn } from './support/page-checks.ts';

// Journey of issue 6: an operator signs in, uploads a sites file with two bad rows, reads the report,
// fixes the file and submits it; the provincial officer approves it; the province's coverage figures
// change on its page. The new sites stand on villages the run's data shows without 4G, so the change is
// real and predictable in direction; the figures after are compared with what the API says.

const PROVINCE = '19';
const SITES = 5;
const HEADER =
  'Mã trạm,Nhà mạng,Kinh độ,Vĩ độ,Mã xã,Tên xã,Tỉnh,Công nghệ,Băng tần,Độ cao anten (m),Dùng chung,Nhà mạng dùng chung,Trạng thái,Ngày phát sóng,Ngày dừng hoạt động';
const CONTEXT = { userId: null, username: 'e2e-journey', requestId: null, ip: null };

interface Gap {
  villageCode: string;
  communeCode: string;
  lon: number;
  lat: number;
}

interface UnitIndicators {
  items: { indicator: { code: string }; value: number; numerator: number | null }[];
}

function sitesCsv(gaps: readonly Gap[], bad: boolean): string {
  const rows = gaps.map((g, i) => {
    const n = String(i + 1).padStart(3, '0');
    // Row 2: a technology that does not exist; row 4: a point in Vientiane (Laos), not in its commune.
    const tech = bad && i === 1 ? '6G' : '4G';
    const [lon, lat] = bad && i === 3 ? [102.6, 17.97] : [g.lon, g.lat];
    return `E2E-TN-${n},VIETTEL,${lon},${lat},${g.communeCode},,,${tech},1800,30,không,,đang hoạt động,15/03/2024,`;
  });
  return `${[HEADER, ...rows].join('\r\n')}\r\n`;
}

/** Follows the link named `via` to the upload form, uploads `csv`, and waits for its report page. */
async function upload(tab: Tab, via: string, csv: string, name: string): Promise<string> {
  const { page } = tab;
  await page.getByRole('link', { name: via }).first().click();
  await page.waitForURL(/\/submissions\/new/);
  await settled(page);
  await page
    .getByLabel('Tệp dữ liệu')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
  await page.waitForURL(/\/submissions\/\d+$/, { timeout: 60_000 });
  await settled(page);
  return new URL(page.url()).pathname;
}

/** The figure and its numerator as the unit page's indicator table shows them. */
async function shownFigure(page: Page, code: string): Promise<string> {
  const row = page.locator(`tr[data-indicator="${code}"]`);
  await row.waitFor();
  return (await row.locator('td').nth(0).innerText()) + (await row.locator('td').nth(2).innerText());
}

describe.skipIf(skipBrowser)('journey: operator uploads, officer approves (headless Chromium)', () => {
  let e2e: E2E | undefined;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('a bad file is reported row by row, the fixed one is approved and the province page changes', async () => {
    if (!e2e) throw new Error('set-up failed');
    const { origin, server } = e2e;
    const suffix = Date.now().toString(36);
    const operator = { username: `e2e-viettel-${suffix}`, password: 'viettel-e2e-mật-khẩu' };
    const officer = { username: `e2e-officer-${suffix}`, password: 'thainguyen-e2e-mật-khẩu' };
    await server.services.users.add(
      { ...operator, roles: ['operator'], operator: 'VIETTEL', displayName: 'Nguyễn Văn Viettel' },
      CONTEXT,
    );
    await server.services.users.add(
      { ...officer, roles: ['provincial_officer'], provinces: [PROVINCE], displayName: 'Trần Thị Tỉnh' },
      CONTEXT,
    );
    const gapsAnswer = await fetch(`${origin}/api/gaps?tech=4G&unit=${PROVINCE}&limit=200`);
    const gaps = ((await gapsAnswer.json()) as { items: Gap[] }).items;
    // Villages far apart, so each new site covers a village of its own.
    const chosen = gaps
      .filter((_, i) => i % Math.max(1, Math.floor(gaps.length / SITES)) === 0)
      .slice(0, SITES);
    expect(chosen.length).toBe(SITES);
    const before = (await (
      await fetch(`${origin}/api/units/${PROVINCE}/indicators`)
    ).json()) as UnitIndicators;
    const sitesBefore = before.items.find((i) => i.indicator.code === 'MOBILE_SITES')?.value ?? 0;

    // The province page before, as anyone sees it.
    const visitor = await e2e.tab();
    await visitor.page.goto(`${origin}/units/${PROVINCE}`);
    await settled(visitor.page);
    const mbbBefore = await shownFigure(visitor.page, 'VILLAGE_MBB_COVERAGE');
    const sitesShownBefore = await shownFigure(visitor.page, 'MOBILE_SITES');

    // The operator signs in and uploads a file with two bad rows.
    const op = await e2e.tab();
    await signIn(op.page, origin, operator.username, operator.password);
    await expectAccessible(op, '/submissions (operator)');
    await upload(op, 'Nộp dữ liệu mới', sitesCsv(chosen, true), 'tram-viettel-thai-nguyen.csv');
    await op.page.getByText('Không có dữ liệu nào được lưu.', { exact: true }).waitFor();
    const errorRows = op.page.locator('table.sub-report-error tbody tr');
    expect(await errorRows.count()).toBe(2);
    const rowNumbers = await errorRows.locator('th').allInnerTexts();
    expect(rowNumbers).toEqual(['3', '5']);
    // Both bad rows have readable coordinates, so both are on the report's map.
    await mapReady(op.page, 'report');
    await op.shot('submission-1-report');
    await expectAccessible(op, 'report of a refused file');

    // Fixed: uploaded again, read, sent for review.
    // The refused file's page offers "Nộp bản sửa" (send a corrected file) with the same type and period.
    const draft = await upload(
      op,
      'Nộp bản sửa',
      sitesCsv(chosen, false),
      'tram-viettel-thai-nguyen-da-sua.csv',
    );
    expect(await op.page.locator('table.sub-report-error').count()).toBe(0);
    await op.page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await op.page.getByText('Đã gửi duyệt.').waitFor();
    await op.shot('submission-2-submitted');

    // The officer of the province approves it.
    const off = await e2e.tab();
    await signIn(off.page, origin, officer.username, officer.password);
    await settled(off.page);
    await off.page.locator(`a[href="${draft}"]`).first().click();
    await off.page.waitForURL(`${origin}${draft}`);
    await settled(off.page);
    await expectAccessible(off, 'submission to review');
    await off.page.getByRole('button', { name: 'Phê duyệt' }).click();
    await off.page.getByText('Đã phê duyệt.').waitFor({ timeout: 120_000 });
    await off.shot('submission-3-approved');

    // The province page now shows the new figures: five more sites, more villages with broadband.
    const after = (await (
      await fetch(`${origin}/api/units/${PROVINCE}/indicators`)
    ).json()) as UnitIndicators;
    expect(after.items.find((i) => i.indicator.code === 'MOBILE_SITES')?.value).toBe(sitesBefore + SITES);
    await visitor.page.reload();
    await settled(visitor.page);
    const sitesShownAfter = await shownFigure(visitor.page, 'MOBILE_SITES');
    expect(sitesShownAfter).not.toBe(sitesShownBefore);
    expect(sitesShownAfter).toContain(new Intl.NumberFormat('vi-VN').format(sitesBefore + SITES));
    expect(await shownFigure(visitor.page, 'VILLAGE_MBB_COVERAGE')).not.toBe(mbbBefore);
    await visitor.shot('submission-4-province-after');

    for (const tab of [visitor, op, off]) {
      expect(tab.problems).toEqual([]);
      await tab.close();
    }
  });
});
