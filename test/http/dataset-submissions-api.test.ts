import { beforeAll, expect, it } from 'vitest';
import { DATASET_TYPES } from '../../src/core/inventory-import/dataset-contract.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { adminToken, testApp, userToken } from '../support/test-app.ts';

type App = ReturnType<typeof testApp>;

const TABLES = {
  villages: 'village',
  fixed_broadband: 'fixed_broadband',
  data_centres: 'data_centre',
  it_parks: 'it_park',
  postal_facilities: 'postal_facility',
  network_connections: 'network_connection',
} as const;
type OtherType = keyof typeof TABLES;
// Villages first: the fixed-broadband example names the example village.
const ORDER: OtherType[] = [
  'villages',
  'fixed_broadband',
  'data_centres',
  'it_parks',
  'postal_facilities',
  'network_connections',
];

interface Body {
  committed: boolean;
  summary: { rows: number; accepted: number; additions: number; updates: number };
  errors: { row: number; field: string; column: string; message: string }[];
  submission: { id: number; status: string; datasetType: string; organisation: string } | null;
  error?: { code: string; message: string };
}

async function template(app: App, type: string): Promise<Uint8Array<ArrayBuffer>> {
  const response = await app.request(`/api/submissions/template.xlsx?datasetType=${type}&example=true`);
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

async function submit(
  app: App,
  fields: Record<string, string>,
  file: File,
): Promise<{ status: number; body: Body }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', file);
  const response = await app.request('/api/submissions', { method: 'POST', body: form });
  return { status: response.status, body: (await response.json()) as Body };
}

describeEachEngine('submissions of every dataset type', (db) => {
  let app: App;
  const count = async (table: string) =>
    (await db().query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${table}`))[0]?.n ?? 0;
  beforeAll(async () => {
    app = testApp(db(), [], { token: await adminToken(db()) });
  });

  it('serves a template for every type and refuses an unknown one', async () => {
    for (const type of DATASET_TYPES) expect((await template(app, type)).byteLength).toBeGreaterThan(5000);
    const response = await app.request('/api/submissions/template.xlsx?datasetType=towers');
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('villages');
  });

  it('imports each type’s own example template back, adding exactly its row', async () => {
    for (const type of ORDER) {
      const before = await count(TABLES[type]);
      const organisation =
        type === 'fixed_broadband' ? { operator: 'VIETTEL' } : { organisation: 'Sở KH&CN Thái Nguyên' };
      const { status, body } = await submit(
        app,
        { datasetType: type, period: '2025-Q4', submit: 'true', ...organisation },
        new File([await template(app, type)], `mau-${type}.xlsx`),
      );
      expect({ type, errors: body.errors, error: body.error }).toEqual({
        type,
        errors: [],
        error: undefined,
      });
      expect(status).toBe(201);
      expect(body.submission).toMatchObject({ status: 'submitted', datasetType: type });
      expect(body.summary.accepted).toBe(1);
      // Current only once a reviewer other than its sender approves it.
      expect(await count(TABLES[type])).toBe(before);
      const approve = await app.request(`/api/submissions/${body.submission?.id}/approve`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await userToken(db(), 'types-planner', { roles: ['national_planner'] })}`,
        },
      });
      expect(approve.status).toBe(200);
      expect(await count(TABLES[type])).toBe(before + body.summary.additions);
    }
  });

  it('refuses a data centre file with a bad row, naming row and column, and stores nothing', async () => {
    const before = await count('data_centre');
    const csv = [
      'Mã trung tâm dữ liệu;Tên;Kinh độ;Vĩ độ;Mã xã;Công suất (MW)',
      'DC-OK-1;Trung tâm A;105,8348;22,147;01840;2,5',
      'DC-BAD-1;Trung tâm B;105,8348;22,147;01840;-3',
    ].join('\r\n');
    const { status, body } = await submit(
      app,
      { datasetType: 'data_centres', organisation: 'VNPT', period: '2025' },
      new File([csv], 'ttdl.csv'),
    );
    expect(status).toBe(422);
    expect(body.committed).toBe(false);
    expect(body.errors.map((e) => [e.row, e.field])).toEqual([[3, 'capacityMw']]);
    expect(await count('data_centre')).toBe(before);
  });

  it('refuses fixed broadband from an organisation that is not an operator', async () => {
    const { status, body } = await submit(
      app,
      { datasetType: 'fixed_broadband', organisation: 'Sở KH&CN', period: '2025' },
      new File(['Mã thôn;FTTH\r\nX;có'], 'bb.csv'),
    );
    expect(status).toBe(400);
    expect(body.error?.code).toBe('INVALID_PARAMETER');
  });
});
