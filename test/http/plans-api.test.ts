import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { PLAN_FIELDS, TARGET_FIELDS } from '../../src/core/plans/plan-fields.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { adminToken, getJson, testApp } from '../support/test-app.ts';

type App = ReturnType<typeof testApp>;

async function send(
  app: App,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const response = await app.request(path, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : null) as Record<string, unknown> & {
      error?: { code: string; message: string; rows?: { row: number; field: string; message: string }[] };
    },
  };
}

/** A small provincial plan for Thái Nguyên, with a code unique to the test and the engine. */
function planBody(code: string, targets: Record<string, unknown>[]) {
  return {
    plan: {
      code,
      titleVi: 'Kế hoạch phát triển hạ tầng số tỉnh Thái Nguyên (thử nghiệm)',
      issuer: 'UBND tỉnh Thái Nguyên',
      issuedOn: '2025-09-01',
      periodStart: 2025,
      periodEnd: 2030,
      scopeUnit: '19',
      parentPlan: '36/QĐ-TTg',
    },
    targets,
  };
}

describeEachEngine('plans API', (db) => {
  let app: App;
  const log: string[] = [];
  beforeAll(async () => {
    app = testApp(db(), log, { token: await adminToken(db()) });
  });

  it('ships the two real plans with their targets', async () => {
    const { body } = await getJson<{
      items: { code: string; targetCount: number; scopeUnit: { code: string; validTo: string | null } }[];
    }>(app, '/api/plans');
    const byCode = new Map(body.items.map((p) => [p.code, p]));
    expect(byCode.get('36/QĐ-TTg')?.targetCount).toBe(26);
    expect(byCode.get('KH-HTS-BK-2023-2025')?.targetCount).toBe(12);
    expect(byCode.get('KH-HTS-BK-2023-2025')?.scopeUnit).toMatchObject({ code: '06', validTo: '2025-06-30' });
  });

  it('finds a plan by its URL-encoded code', async () => {
    const { status, body } = await getJson<{ code: string; targets: { indicatorCode: string }[] }>(
      app,
      `/api/plans/${encodeURIComponent('36/QĐ-TTg')}`,
    );
    expect(status).toBe(200);
    expect(body.targets.map((t) => t.indicatorCode)).toContain('IT_PARKS');
  });

  it('lists the indicator catalogue', async () => {
    const { body } = await getJson<{ items: { code: string; aggregation: string }[] }>(
      app,
      '/api/indicators',
    );
    const coverage = body.items.find((i) => i.code === 'VILLAGE_MBB_COVERAGE');
    expect(coverage?.aggregation).toBe('ratio');
  });

  it('rejects a plan with bad rows with one message per bad row, and saves nothing', async () => {
    const before = await getJson<{ total: number }>(app, '/api/plans');
    const response = await send(
      app,
      'POST',
      '/api/plans',
      planBody(`TEST-BAD-${db().engine}`, [
        { indicator: 'VILLAGE_MBB_COVERAGE', comparator: '>=', value: 100, deadline: 2027 },
        { indicator: 'NO_SUCH_INDICATOR', comparator: '>=', value: 100, deadline: 2027 },
        {
          indicator: 'VILLAGE_MBB_COVERAGE',
          comparator: '>=',
          value: 100,
          deadline: 2020,
          baselineValue: 90,
          baselineYear: 2024,
        },
        { indicator: 'MOBILE_SITES', comparator: '>=', value: 'rất nhiều', deadline: 2027 },
        { indicator: 'MOBILE_SITES', scope: '99999', comparator: '>=', value: 900, deadline: 2027 },
      ]),
    );
    expect(response.status).toBe(422);
    expect(response.body.error?.code).toBe('VALIDATION_FAILED');
    expect(response.body.error?.rows?.map((r) => [r.row, r.field])).toEqual([
      [2, 'indicator'],
      [3, 'deadline'],
      [4, 'value'],
      [5, 'scope'],
    ]);
    expect(response.body.error?.rows?.[2]?.message).toBe('không phải là số');
    const after = await getJson<{ total: number }>(app, '/api/plans');
    expect(after.body.total).toBe(before.body.total);
    expect((await getJson(app, `/api/plans/TEST-BAD-${db().engine}`)).status).toBe(404);
  });

  it('creates, reads, edits and deletes a plan and its targets', async () => {
    const code = `TEST-TN-${db().engine}`;
    const created = await send(
      app,
      'POST',
      '/api/plans',
      planBody(code, [{ indicator: 'VILLAGE_MBB', comparator: '>=', value: 100, deadline: 2027 }]),
    );
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    expect((await send(app, 'POST', '/api/plans', planBody(code, []))).status).toBe(409);

    const target = await send(app, 'POST', `/api/plans/${id}/targets`, {
      indicator: 'IT_PARKS',
      comparator: 'khoảng',
      min: 1,
      max: 2,
      deadline: '2030',
    });
    expect(target.status).toBe(201);
    expect(target.body).toMatchObject({ comparator: 'range', min: 1, max: 2, deadline: '2030-12-31' });
    const edited = await send(app, 'PUT', `/api/targets/${target.body.id}`, {
      indicator: 'IT_PARKS',
      comparator: '>=',
      value: 3,
      deadline: 2030,
    });
    expect(edited.body).toMatchObject({ comparator: '>=', value: 3 });
    const badEdit = await send(app, 'PUT', `/api/targets/${target.body.id}`, {
      indicator: 'IT_PARKS',
      comparator: '>=',
      value: -1,
    });
    expect(badEdit.status).toBe(422);

    const listed = await getJson<{ total: number }>(app, `/api/plans/${id}/targets`);
    expect(listed.body.total).toBe(2);
    expect((await app.request(`/api/targets/${target.body.id}`, { method: 'DELETE' })).status).toBe(204);

    const replaced = await send(app, 'PUT', `/api/plans/${encodeURIComponent(code)}`, planBody(code, []));
    expect(replaced.body.targetCount).toBe(0);
    expect((await app.request(`/api/plans/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await getJson(app, `/api/plans/${id}`)).status).toBe(404);
  });

  it('refuses malformed bodies clearly', async () => {
    const notJson = await send(app, 'POST', '/api/plans', '{"plan": ');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error?.code).toBe('INVALID_BODY');
    const wrongType = await send(app, 'POST', '/api/plans', 'plan=1', { 'content-type': 'text/plain' });
    expect(wrongType.status).toBe(415);
    const shape = await send(app, 'POST', '/api/plans', [1, 2]);
    expect(shape.status).toBe(400);
  });

  it('checks the Bắc Kạn plan against 36/QĐ-TTg: missing national targets and Thái Nguyên as successor', async () => {
    const { status, body } = await getJson<{
      findings: {
        kind: string;
        indicatorCode?: string;
        successors?: { code: string }[];
        national?: { indicatorCode: string };
      }[];
      text: string;
    }>(
      app,
      `/api/plans/KH-HTS-BK-2023-2025/consistency?against=${encodeURIComponent('36/QĐ-TTg')}&asOf=2026-01-01`,
    );
    expect(status).toBe(200);
    const missing = body.findings
      .filter((f) => f.kind === 'missing_counterpart')
      .map((f) => f.national?.indicatorCode);
    expect(missing).toEqual(
      expect.arrayContaining(['URBAN_ORG_1GBPS', 'PARKS_1GBPS', 'GOV_SPECIALIZED_NET', 'GOV_CLOUD']),
    );
    const gone = body.findings.find((f) => f.kind === 'scope_unit_gone');
    expect(gone?.successors?.map((s) => s.code)).toEqual(['19']);
    expect(body.text).toContain('Thái Nguyên (mã 19');
  });

  it('records observations and evaluates progress from them', async () => {
    const code = `TEST-PROGRESS-${db().engine}`;
    const plan = await send(
      app,
      'POST',
      '/api/plans',
      planBody(code, [{ indicator: 'HH_INTERNET', comparator: '>=', value: 90, deadline: 2030 }]),
    );
    expect(plan.status).toBe(201);
    const ids: number[] = [];
    for (const [period, value] of [
      ['2025', 70],
      ['2026', 74],
      ['2027', 78],
    ] as const) {
      const o = await send(app, 'POST', '/api/observations', {
        indicator: 'HH_INTERNET',
        unit: '19',
        period,
        value,
      });
      expect(o.status).toBe(201);
      ids.push(o.body.id as number);
    }
    const progress = await getJson<{
      summary: Record<string, number>;
      targets: {
        evaluations: {
          unit: { code: string };
          status: string;
          series: { period: string }[];
          explanation: string;
        }[];
      }[];
    }>(app, `/api/plans/${plan.body.id}/progress?asOf=2028-01-01`);
    const evaluation = progress.body.targets[0]?.evaluations[0];
    expect(evaluation?.unit.code).toBe('19');
    expect(evaluation?.series.map((p) => p.period)).toEqual(['2025', '2026', '2027']);
    // CAGR observed (78/70)^(1/2) − 1 = 5.56 %/yr; required (90/70)^(1/5) − 1 = 5.15 %/yr → R ≈ 1.08 ≥ 0.95.
    expect(evaluation?.status).toBe('on_track');
    expect(evaluation?.explanation).toContain('Open SDG');

    const asEnglish = await getJson<{ targets: { evaluations: { explanation: string }[] }[] }>(
      app,
      `/api/plans/${plan.body.id}/progress?asOf=2028-01-01&lang=en`,
    );
    expect(asEnglish.body.targets[0]?.evaluations[0]?.explanation).toContain('On track');

    const indicators = await getJson<{
      items: { indicator: { code: string }; value: number; period: string }[];
    }>(app, '/api/units/19/indicators?period=2026');
    expect(indicators.body.items.find((i) => i.indicator.code === 'HH_INTERNET')?.value).toBe(74);
    for (const id of ids)
      expect((await app.request(`/api/observations/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await app.request(`/api/plans/${plan.body.id}`, { method: 'DELETE' })).status).toBe(204);
  });

  it('carries old Bắc Kạn’s figures to Thái Nguyên through the lineage only when every predecessor reported', async () => {
    const ids: number[] = [];
    const post = async (unit: string, value: number) => {
      const o = await send(app, 'POST', '/api/observations', {
        indicator: 'MOBILE_SITES',
        unit,
        unitDate: '2024-06-30',
        period: '2024',
        value,
      });
      expect(o.status).toBe(201);
      ids.push(o.body.id as number);
    };
    await post('06', 672);
    let tn = await getJson<{ items: { indicator: { code: string } }[] }>(
      app,
      '/api/units/19/indicators?period=2024&date=2026-01-01',
    );
    expect(tn.body.items.some((i) => i.indicator.code === 'MOBILE_SITES')).toBe(false);
    await post('19', 1500);
    tn = await getJson(app, '/api/units/19/indicators?period=2024&date=2026-01-01');
    const sites = (
      tn.body.items as { indicator: { code: string }; value: number; source: string; from: string[] }[]
    ).find((i) => i.indicator.code === 'MOBILE_SITES');
    expect(sites).toMatchObject({ value: 2172, source: 'lineage' });
    expect(sites?.from.sort()).toEqual(['06', '19']);
    for (const id of ids) await app.request(`/api/observations/${id}`, { method: 'DELETE' });
  });

  it('refuses bad observations row by row', async () => {
    const response = await send(app, 'POST', '/api/observations', {
      indicator: 'HH_INTERNET',
      unit: '06',
      period: '2026',
      value: 120,
    });
    expect(response.status).toBe(422);
    expect(response.body.error?.rows?.map((r) => r.field)).toEqual(['value', 'unit']);
  });

  it('serves the XLSX template and imports it back filled in', async () => {
    const template = await app.request('/api/plans/template.xlsx?example=true');
    expect(template.status).toBe(200);
    expect(template.headers.get('content-type')).toContain('spreadsheetml');
    const form = new FormData();
    form.set('file', new File([await template.arrayBuffer()], 'mau.xlsx'));
    const imported = await app.request('/api/plans/import', { method: 'POST', body: form });
    const body = (await imported.json()) as { id: number; created: boolean; targets: unknown[] };
    expect(imported.status).toBe(201);
    expect(body.targets.length).toBeGreaterThan(0);
    expect((await app.request(`/api/plans/${body.id}`, { method: 'DELETE' })).status).toBe(204);
    const garbage = new FormData();
    garbage.set('file', new File(['not,a,workbook'], 'ke-hoach.xlsx'));
    const refused = await app.request('/api/plans/import', { method: 'POST', body: garbage });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('INVALID_FILE');
  });

  it('rejects a workbook with bad rows naming sheet, row and column, and saves nothing', async () => {
    const before = await getJson<{ total: number }>(app, '/api/plans');
    const template = await app.request('/api/plans/template.xlsx?example=true');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await template.arrayBuffer());
    const targets = workbook.getWorksheet('Chỉ tiêu');
    if (!targets) throw new Error('template without the Chỉ tiêu sheet');
    const column = (key: string) => TARGET_FIELDS.findIndex((f) => f.key === key) + 1;
    // Row 3 is the first example target, row 4 the second (row 1 hidden keys, row 2 labels).
    targets.getCell(3, column('indicator')).value = 'CHI_TIEU_LA';
    targets.getCell(4, column('value')).value = 'hai mươi lăm';
    const plan = workbook.getWorksheet('Kế hoạch');
    const codeRow = PLAN_FIELDS.findIndex((f) => f.key === 'code') + 2;
    if (plan) plan.getCell(codeRow, 2).value = `TEST-XLSX-${db().engine}`;
    const form = new FormData();
    form.set('file', new File([new Uint8Array(await workbook.xlsx.writeBuffer())], 'ke-hoach-loi.xlsx'));
    const response = await app.request('/api/plans/import', { method: 'POST', body: form });
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: { rows: { sheet: string; row: number; column: string }[] };
    };
    expect(body.error.rows.map((r) => [r.sheet, r.row, r.column])).toEqual([
      ['Chỉ tiêu', 3, 'Mã chỉ tiêu'],
      ['Chỉ tiêu', 4, 'Giá trị mục tiêu'],
    ]);
    expect((await getJson(app, `/api/plans/TEST-XLSX-${db().engine}`)).status).toBe(404);
    expect((await getJson<{ total: number }>(app, '/api/plans')).body.total).toBe(before.body.total);
  });

  it('never answered 500', () => {
    expect(log.filter((l) => l.includes('ERROR'))).toEqual([]);
  });
});
