import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { adminToken, testApp } from '../support/test-app.ts';

/**
 * An upload's report puts each problem of a row whose coordinates could be read (decimal commas,
 * degrees–minutes–seconds, swapped columns) on the map: `point: [lon, lat]` in the answer of
 * POST /api/submissions and in GET /api/submissions/{id}; a row without readable coordinates has none.
 */

type App = ReturnType<typeof testApp>;

interface Problem {
  row: number;
  field: string;
  message: string;
  point?: [number, number];
}

interface UploadBody {
  committed: boolean;
  submission: { id: number; status: string; report: Problem[] } | null;
  errors: Problem[];
  warnings: Problem[];
}

interface SiteRow {
  operator: string;
  lon: string;
  lat: string;
  commune: string;
  /** The point the row's coordinates mean, when they can be read. */
  point: [number, number] | null;
}

const HEADER = 'Mã trạm;Nhà mạng;Kinh độ;Vĩ độ;Mã xã;Công nghệ;Băng tần;Trạng thái';

/** A sites CSV as operators send it; row n of `rows` is line n + 2 of the file (after the header). */
function sitesCsv(prefix: string, rows: readonly SiteRow[]): string {
  const lines = rows.map(
    (r, i) => `${prefix}-${i + 1};${r.operator};${r.lon};${r.lat};${r.commune};4G;1800;đang hoạt động`,
  );
  return [HEADER, ...lines].join('\r\n');
}

async function upload(app: App, name: string, content: string) {
  const form = new FormData();
  form.set('operator', 'VIETTEL');
  form.set('period', '2025-Q4');
  form.set('file', new File([content], name));
  const response = await app.request('/api/submissions', { method: 'POST', body: form });
  expect(response.headers.get('content-type')).toContain('application/json');
  return { status: response.status, body: (await response.json()) as UploadBody };
}

/** Every problem carries the point of its row's coordinates, or no `point` key when they were unreadable. */
function expectPoints(problems: readonly Problem[], rows: readonly SiteRow[]) {
  for (const p of problems) {
    const expected = rows[p.row - 2]?.point ?? null;
    if (expected === null) expect('point' in p, `row ${p.row} ${p.field}`).toBe(false);
    else expect(p.point, `row ${p.row} ${p.field}`).toEqual(expected);
  }
}

describeEachEngine('points of reported problems', (db, engine) => {
  let app: App;
  beforeAll(async () => {
    app = testApp(db(), [], { token: await adminToken(db()) });
  });

  it('places each problem of a readable row at its point, and none for unreadable coordinates', async () => {
    const rows: SiteRow[] = [
      // Open sea north-east of Đà Nẵng, in degrees–minutes–seconds: in no commune, far from Sơn Trà.
      { operator: 'Viettel', lon: '109 00 00 E', lat: '16 30 00 N', commune: '20263', point: [109, 16.5] },
      // An unknown operator, columns swapped: the operator error (reported before the point was read)
      // and the swap warning both carry the point as read.
      {
        operator: 'ABC Telecom',
        lon: '22,147',
        lat: '105,8348',
        commune: '01840',
        point: [105.8348, 22.147],
      },
      // Viêng Chăn (Vientiane), Laos.
      { operator: '', lon: '102,6', lat: '17,97', commune: '01840', point: [102.6, 17.97] },
      // An unknown operator and a longitude that is no coordinate: no point.
      { operator: 'ABC Telecom', lon: 'abc', lat: '22,16', commune: '01840', point: null },
      // A good row.
      { operator: 'Viettel', lon: '105,84', lat: '22,16', commune: '01840', point: [105.84, 22.16] },
    ];
    const { status, body } = await upload(app, 'tram-loi.csv', sitesCsv(`PT-${engine}`, rows));
    expect(status).toBe(422);
    expect(body.committed).toBe(false);
    expect(body.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'lon'],
      [3, 'operator'],
      [4, 'lon'],
      [5, 'operator'],
      [5, 'lon'],
    ]);
    expect(body.warnings.map((w) => [w.row, w.field])).toContainEqual([3, 'lon']);
    expectPoints(body.errors, rows);
    expectPoints(body.warnings, rows);
    expect(body.errors.filter((e) => e.point !== undefined)).toHaveLength(3);

    // The stored report says the same.
    const stored = await app.request(`/api/submissions/${body.submission?.id}`);
    expect(stored.status).toBe(200);
    const submission = (await stored.json()) as { status: string; report: Problem[] };
    expect(submission.status).toBe('invalid');
    expect(submission.report).toEqual([...body.errors, ...body.warnings]);
    expect(body.submission?.report).toEqual(submission.report);
  });

  it('keeps the points of a valid file’s warnings with the submission', async () => {
    const rows: SiteRow[] = [
      { operator: 'Viettel', lon: '22,16', lat: '105,84', commune: '01840', point: [105.84, 22.16] },
    ];
    const { status, body } = await upload(app, 'tram-dao-cot.csv', sitesCsv(`PW-${engine}`, rows));
    expect(status).toBe(201);
    expect(body.warnings.map((w) => [w.row, w.field, w.point])).toEqual([[2, 'lon', [105.84, 22.16]]]);
    const stored = await app.request(`/api/submissions/${body.submission?.id}`);
    expect(stored.status).toBe(200);
    const submission = (await stored.json()) as { status: string; report: Problem[] };
    expect(submission.status).toBe('draft');
    expect(submission.report).toEqual(body.warnings);
  });
});
