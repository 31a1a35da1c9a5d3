import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { adminToken, getJson, testApp, userToken } from '../support/test-app.ts';

type App = ReturnType<typeof testApp>;

interface ImportBody {
  committed: boolean;
  submission: {
    id: number;
    status: string;
    report: { row: number; column: string; message: string }[];
  } | null;
  summary: { rows: number; accepted: number; rejected: number };
  errors: { row: number; field: string; column: string; value: string; message: string }[];
  warnings: { row: number; field: string }[];
  error?: { code: string; message: string };
}

async function submit(
  app: App,
  fields: Record<string, string>,
  file: { name: string; content: string | Uint8Array<ArrayBuffer> },
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new File([file.content], file.name));
  const response = await app.request('/api/submissions', { method: 'POST', body: form });
  return { status: response.status, body: (await response.json()) as ImportBody };
}

/** A Viettel site list as an operator exports it from Excel: `;`, comma decimals, Vietnamese headers. */
function csv(prefix: string, rows: string[]): string {
  const header = 'Mã trạm;Kinh độ;Vĩ độ;Mã xã;Công nghệ;Băng tần;Độ cao anten (m);Trạng thái';
  return [header, ...rows.map((r) => r.replace('{p}', prefix))].join('\r\n');
}

describeEachEngine('site submissions', (db) => {
  let app: App;
  const siteCount = async () =>
    (
      await db().query<{ n: number }>(
        "SELECT count(*)::integer AS n FROM mobile_site WHERE operator = 'VIETTEL' AND NOT synthetic",
      )
    )[0]?.n;
  beforeAll(async () => {
    app = testApp(db(), [], { token: await adminToken(db()) });
  });

  it('commits a good file and recomputes coverage', async () => {
    const before = await siteCount();
    const runs =
      (await db().query<{ n: number }>('SELECT count(*)::integer AS n FROM computation_run'))[0]?.n ?? 0;
    const p = `T-${db().engine}`;
    const { status, body } = await submit(
      app,
      { operator: 'VIETTEL', period: '2025-Q4', datasetType: 'sites', submit: 'true' },
      {
        name: 'tram-viettel.csv',
        content: csv(p, [
          '{p}-1;105,8348;22,1470;01840;4G,5G;1800,3500;30;đang hoạt động',
          '{p}-2;105,84;22,16;01840;4G;1800;25;Đang hoạt động',
        ]),
      },
    );
    expect(body.errors).toEqual([]);
    expect(status).toBe(201);
    expect(body.committed).toBe(true);
    // Stored for review: current only once a reviewer (not its sender) approves it.
    expect(body.submission?.status).toBe('submitted');
    expect(await siteCount()).toBe(before);
    const approve = await app.request(`/api/submissions/${body.submission?.id}/approve`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await userToken(db(), 'sub-planner', { roles: ['national_planner'] })}`,
      },
    });
    expect(approve.status).toBe(200);
    expect(await siteCount()).toBe((before ?? 0) + 2);
    const after =
      (await db().query<{ n: number }>('SELECT count(*)::integer AS n FROM computation_run'))[0]?.n ?? 0;
    expect(after).toBe(runs + 1);
    const stored = await getJson<{ status: string; organisation: string }>(
      app,
      `/api/submissions/${body.submission?.id}`,
    );
    expect(stored.body).toMatchObject({ status: 'approved', organisation: 'VIETTEL' });
  });

  it('refuses a file with bad rows, row by row, and changes nothing', async () => {
    const before = await siteCount();
    const p = `B-${db().engine}`;
    const { status, body } = await submit(
      app,
      { operator: 'VIETTEL', period: '2025-Q4' },
      {
        name: 'tram-loi.csv',
        content: csv(p, [
          '{p}-1;105,8348;22,1470;01840;4G;1800;30;đang hoạt động',
          '{p}-2;102,60;17,97;01840;4G;1800;30;đang hoạt động',
          '{p}-1;105,84;22,16;01840;4G;1800;30;đang hoạt động',
          '{p}-4;105,84;22,16;01840;6G;1800;30;đang hoạt động',
        ]),
      },
    );
    expect(status).toBe(422);
    expect(body.committed).toBe(false);
    expect(body.errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'lon'],
      [4, 'siteCode'],
      [5, 'technologies'],
    ]);
    expect(await siteCount()).toBe(before);
    const stored = await getJson<{ status: string; report: unknown[] }>(
      app,
      `/api/submissions/${body.submission?.id}`,
    );
    expect(stored.body.status).toBe('invalid');
    expect(stored.body.report.length).toBeGreaterThanOrEqual(3);
  });

  it('answers a refused file with 200 when the browser asks (acceptInvalid), with the same report', async () => {
    const before = await siteCount();
    const p = `A-${db().engine}`;
    const rows = [
      '{p}-1;105,8348;22,1470;01840;4G;1800;30;đang hoạt động',
      '{p}-2;105,84;22,16;01840;6G;1800;30;x',
    ];
    const asked = await submit(
      app,
      { operator: 'VIETTEL', period: '2025-Q4', acceptInvalid: 'true' },
      { name: 'tram-loi.csv', content: csv(p, rows) },
    );
    expect(asked.status).toBe(200);
    expect(asked.body.committed).toBe(false);
    expect(asked.body.errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'technologies'],
      [3, 'status'],
    ]);
    expect(await siteCount()).toBe(before);
    // Any other value keeps the API's 422, with the same rows reported.
    const plain = await submit(
      app,
      { operator: 'VIETTEL', period: '2025-Q4', acceptInvalid: 'yes' },
      { name: 'tram-loi.csv', content: csv(`${p}b`, rows) },
    );
    expect(plain.status).toBe(422);
    expect(plain.body.errors.map((e) => [e.row, e.field])).toEqual(
      asked.body.errors.map((e) => [e.row, e.field]),
    );
    const stored = await getJson<{ status: string; report: unknown[] }>(
      app,
      `/api/submissions/${asked.body.submission?.id}`,
    );
    expect(stored.body.status).toBe('invalid');
    // The list leaves each report to the detail (up to 1,000 problems a file), saying only its size.
    const list = await getJson<{ items: Record<string, unknown>[] }>(
      app,
      '/api/submissions?organisation=VIETTEL&status=invalid&limit=500',
    );
    const listed = list.body.items.find((i) => i.id === asked.body.submission?.id);
    expect(listed).toMatchObject({ status: 'invalid', reportCount: stored.body.report.length });
    expect(stored.body.report.length).toBeGreaterThanOrEqual(2);
    expect(listed).not.toHaveProperty('report');
  });

  it('validates without saving on a dry run', async () => {
    const before = await siteCount();
    const { status, body } = await submit(
      app,
      { operator: 'VIETTEL', period: '2025-Q4', dryRun: 'true' },
      {
        name: 'tram.csv',
        content: csv(`D-${db().engine}`, ['{p}-1;105,8348;22,1470;01840;4G;1800;30;đang hoạt động']),
      },
    );
    expect(status).toBe(200);
    expect(body.committed).toBe(false);
    expect(body.submission).toBeNull();
    expect(await siteCount()).toBe(before);
  });

  it('serves the XLSX template, which imports back as a valid site list', async () => {
    const template = await app.request('/api/submissions/template.xlsx?example=true');
    expect(template.status).toBe(200);
    const bytes = new Uint8Array(await template.arrayBuffer());
    const { status, body } = await submit(
      app,
      { operator: 'VIETTEL', period: '2025-Q4', dryRun: 'true' },
      { name: 'mau-danh-sach-tram.xlsx', content: bytes },
    );
    expect(body.errors).toEqual([]);
    expect(status).toBe(200);
    expect(body.summary.accepted).toBe(1);
  });

  it.each([
    [{ operator: 'NOKIA', period: '2025-Q4' }, 'tram.csv', 'Mã trạm;Kinh độ\n1;2', 400, 'INVALID_PARAMETER'],
    [
      { operator: 'VIETTEL', period: '2025-Q5' },
      'tram.csv',
      'Mã trạm;Kinh độ\n1;2',
      400,
      'INVALID_PARAMETER',
    ],
    [
      { operator: 'VIETTEL', period: '2025' },
      'tram.xlsx',
      new Uint8Array([0, 1, 2, 3, 255, 254]),
      400,
      'INVALID_FILE',
    ],
  ])('refuses %j %s with %i %s', async (fields, name, content, status, code) => {
    const response = await submit(app, fields, { name, content });
    expect(response.status).toBe(status);
    expect(response.body.error?.code).toBe(code);
  });
});
