import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { adminToken, testApp, userToken } from '../support/test-app.ts';
import {
  asCellText,
  asTrimmed,
  expectInertJson,
  expectVerbatimInJson,
  FORMULA_START,
  inertCsvText,
  jsonRequest,
  PAYLOADS,
  parseSemicolonCsv,
  tableState,
} from '../support/text-payloads.ts';

/**
 * Issue 5's "payloads stored verbatim and rendered inert" for submissions: the organisation, the text
 * columns of an uploaded CSV (village and data centre names, operators), the file name and the review
 * comment are read back byte for byte through the API; the exports that carry such text (the gap list
 * as CSV and XLSX, the audit trail as CSV) never hand Excel a formula (OWASP CSV Injection).
 */

type App = ReturnType<typeof testApp>;
type Json = Record<string, unknown>;

const VILLAGE_HEADER = 'Mã thôn;Tên thôn;Mã xã;Kinh độ;Vĩ độ;Số dân;Số hộ';
/** A CSV cell as RFC 4180 writes it: always quoted, quotes doubled (the payloads hold `;` and `"`). */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

async function upload(app: App, fields: Record<string, string>, csv: string, fileName = 'danh-sach.csv') {
  const form = new FormData();
  form.set('period', '2025-Q4');
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new File([csv], fileName));
  const response = await app.request('/api/submissions', { method: 'POST', body: form });
  const text = await response.text();
  expectInertJson(response);
  return { status: response.status, body: JSON.parse(text) as Json & { submission: Json }, text };
}

describeEachEngine('text payloads in submissions and exports', (db, engine) => {
  let app: App;
  let reviewer: Record<string, string>;
  /** A point inside a current commune of Cao Bằng (04), where the test inventory has no site at all. */
  let place: { code: string; lon: number; lat: number };
  const villages = (prefix: string, names: readonly string[]) =>
    [
      VILLAGE_HEADER,
      ...names.map(
        (name, j) => `${prefix}-${j};${quoted(name)};${place.code};${place.lon};${place.lat};12;3`,
      ),
    ].join('\r\n');

  beforeAll(async () => {
    app = testApp(db(), [], { token: await adminToken(db()) });
    // The uploader is the admin; a national planner reviews (nobody reviews their own upload).
    reviewer = {
      authorization: `Bearer ${await userToken(db(), 'txt-planner', { roles: ['national_planner'] })}`,
    };
    const [row] = await db().query<{ code: string; lon: number; lat: number }>(
      `SELECT code, ST_X(p) AS lon, ST_Y(p) AS lat FROM (
         SELECT code, ST_PointOnSurface(geom) AS p FROM admin_unit
         WHERE level = 'commune' AND valid_to IS NULL AND province_code = '04' AND geom IS NOT NULL
         ORDER BY code LIMIT 1) s`,
    );
    if (!row) throw new Error('no commune in Cao Bằng');
    place = row;
  });

  it.each(PAYLOADS.map(([label, text], i) => [label, text, i] as const))(
    'keeps the organisation, CSV text and review comment verbatim: %s',
    async (_label, text, i) => {
      const before = await tableState(db());
      const names = PAYLOADS.map(([, t]) => t);
      const sent = await upload(
        app,
        { datasetType: 'villages', organisation: text, submit: 'true' },
        villages(`TXT-${engine}-${i}`, names),
      );
      expect(sent.status, sent.text).toBe(201);
      const id = sent.body.submission.id as number;
      expect(sent.body.submission.organisation).toBe(asTrimmed(text));
      const read = await jsonRequest(app, 'GET', `/api/submissions/${id}`);
      expect(read.body.organisation).toBe(text);
      expectVerbatimInJson(read.text, text);
      const found = await jsonRequest(
        app,
        'GET',
        `/api/submissions?organisation=${encodeURIComponent(text)}`,
      );
      expect((found.body.items as Json[]).map((s) => s.id)).toContain(id);

      const rows = await jsonRequest(app, 'GET', `/api/submissions/${id}/rows?limit=100`);
      const stored = (rows.body.items as { data: { name: string } }[]).map((r) => r.data.name);
      expect(stored).toEqual(names.map(asCellText));

      const comment = PAYLOADS[(i + 1) % PAYLOADS.length]?.[1] ?? '';
      const rejected = await jsonRequest(app, 'POST', `/api/submissions/${id}/reject`, { comment }, reviewer);
      expect(rejected.status, rejected.text).toBe(200);
      expect(rejected.body).toMatchObject({ status: 'rejected', reviewComment: comment });
      expect((await jsonRequest(app, 'GET', `/api/submissions/${id}`)).body.reviewComment).toBe(comment);

      const after = await tableState(db());
      expect(after).toMatchObject({ plans: before.plans, users: before.users, tables: 10 });
      expect(after.audit).toBe(before.audit + 2);
    },
  );

  it('keeps data centre names and operators verbatim, and file names as sent', async () => {
    const csv = [
      'Mã trung tâm dữ liệu;Tên;Đơn vị vận hành;Kinh độ;Vĩ độ;Mã xã;Công suất (MW)',
      ...PAYLOADS.map(
        ([, t], j) => `TXT-DC-${j};${quoted(t)};${quoted(t)};${place.lon};${place.lat};${place.code};2,5`,
      ),
    ].join('\r\n');
    const fileName = "=1+2; <img src=x onerror=alert(1)> '; DROP TABLE plan; --.csv";
    const sent = await upload(
      app,
      { datasetType: 'data_centres', organisation: 'Sở KH&CN <b>' },
      csv,
      fileName,
    );
    expect(sent.status, sent.text).toBe(201);
    const id = sent.body.submission.id as number;
    expect(sent.body.submission.fileName).toBe(fileName);
    const rows = await jsonRequest(app, 'GET', `/api/submissions/${id}/rows?limit=100`);
    const data = (rows.body.items as { data: { name: string; operator: string } }[]).map((r) => r.data);
    expect(data.map((d) => d.name)).toEqual(PAYLOADS.map(([, t]) => asCellText(t)));
    expect(data.map((d) => d.operator)).toEqual(PAYLOADS.map(([, t]) => asCellText(t)));
  });

  it('refuses payloads in coded and numeric columns row by row, echoing them verbatim', async () => {
    const csv = [
      VILLAGE_HEADER,
      `TXT-BAD-1;Thôn Một;${quoted("01840' OR '1'='1")};${place.lon};${place.lat};12;3`,
      `TXT-BAD-2;Thôn Hai;${place.code};${place.lon};${place.lat};${quoted('=1+2')};3`,
    ].join('\r\n');
    const sent = await upload(app, { datasetType: 'villages', organisation: 'Sở KH&CN' }, csv);
    expect(sent.status).toBe(422);
    const errors = sent.body.errors as { row: number; field: string; value: string }[];
    expect(errors.map((e) => [e.row, e.field, e.value])).toEqual([
      [2, 'communeCode', "01840' OR '1'='1"],
      [3, 'population', '=1+2'],
    ]);
    for (const [field, value] of [
      ['period', "2025'; DROP TABLE submission; --"],
      ['datasetType', '<script>alert(1)</script>'],
      ['organisation', 'x'.repeat(201)],
    ] as const) {
      const refused = await upload(
        app,
        { datasetType: 'villages', organisation: 'Sở KH&CN', [field]: value },
        csv,
      );
      expect(refused.status).toBe(400);
      expect((refused.body.error as Json).code).toBe('INVALID_PARAMETER');
      expect(((refused.body.error as Json).details as Json).field).toBe(field);
    }
  });

  it('exports approved village names verbatim in JSON and XLSX, and inert in CSV', async () => {
    const names = PAYLOADS.map(([, t]) => t);
    const csv = `${villages(`TXT-GAP-${engine}`, names)}\r\n=2+5;Thôn Mã Công Thức;${place.code};${place.lon};${place.lat};12;3`;
    const sent = await upload(
      app,
      { datasetType: 'villages', organisation: 'Sở KH&CN Cao Bằng', submit: 'true' },
      csv,
    );
    expect(sent.status, sent.text).toBe(201);
    const id = sent.body.submission.id as number;
    const approved = await jsonRequest(app, 'POST', `/api/submissions/${id}/approve`, undefined, reviewer);
    expect(approved.status, approved.text).toBe(200);

    // Cao Bằng has no site in the test inventory: every village there is a gap of every technology.
    const path = `/api/gaps?tech=4G&unit=${place.code}`;
    const json = await jsonRequest(app, 'GET', `${path}&limit=1000`);
    const gaps = json.body.items as { villageCode: string; villageName: string }[];
    const byCode = new Map(gaps.map((g) => [g.villageCode, g.villageName]));
    names.forEach((name, j) => {
      expect(byCode.get(`TXT-GAP-${engine}-${j}`)).toBe(asCellText(name));
    });
    expect(byCode.get('=2+5')).toBe('Thôn Mã Công Thức');

    const csvAnswer = await app.request(`${path}&format=csv`);
    expect(csvAnswer.headers.get('content-type')).toContain('text/csv');
    const table = parseSemicolonCsv(await csvAnswer.text());
    const header = table[0] ?? [];
    const column = (label: string) => header.indexOf(label);
    const cells = new Map(table.slice(1).map((r) => [r[column('Mã thôn')], r]));
    names.forEach((name, j) => {
      const row = cells.get(`TXT-GAP-${engine}-${j}`);
      expect(row?.[column('Thôn, bản')]).toBe(inertCsvText(asCellText(name)));
      // Numbers we write stay numbers: no quote in front.
      expect(row?.[column('Dân số')]).toBe('12');
    });
    expect(cells.get("'=2+5")?.[column('Thôn, bản')]).toBe('Thôn Mã Công Thức');
    for (const row of table) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);

    const xlsx = await app.request(`${path}&format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const written = new Map<string, ExcelJS.Cell>();
    sheet?.eachRow((row, n) => {
      if (n > 2) written.set(String(row.getCell(4).value), row.getCell(5));
    });
    names.forEach((name, j) => {
      const cell = written.get(`TXT-GAP-${engine}-${j}`);
      // A string cell holding the text itself: never a formula, no quote prefix.
      expect([cell?.type, cell?.value]).toEqual([ExcelJS.ValueType.String, asCellText(name)]);
    });
    expect(written.has('=2+5')).toBe(true);
  });

  it('writes the audit trail CSV with no cell a spreadsheet would evaluate', async () => {
    const fresh = testApp(db());
    // Anyone can put text in the trail: a failed sign-in records the username typed, and every
    // request may name its own request id.
    for (const username of ['=HYPERLINK("http://x","y")', '@SUM(1)']) {
      const failed = await jsonRequest(fresh, 'POST', '/api/auth/login', { username, password: 'x' });
      expect(failed.status).toBe(401);
    }
    const token = await jsonRequest(app, 'POST', '/api/tokens', { name: '-2+3' }, { 'x-request-id': '=1+2' });
    expect(token.status).toBe(201);
    const listed = await jsonRequest(app, 'GET', '/api/audit?limit=50');
    const items = listed.body.items as {
      entityId: string | null;
      requestId: string | null;
      action: string;
    }[];
    expect(items.map((e) => e.entityId)).toEqual(
      expect.arrayContaining(['=hyperlink("http://x","y")', '@sum(1)']),
    );
    expect(items.find((e) => e.action === 'token.create')?.requestId).toBe('=1+2');

    const csv = await app.request('/api/audit?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const table = parseSemicolonCsv(await csv.text());
    const cells = table.flat();
    expect(cells).toEqual(expect.arrayContaining([`'=hyperlink("http://x","y")`, "'@sum(1)", "'=1+2"]));
    for (const cell of cells) expect(cell).not.toMatch(FORMULA_START);
    await app.request(`/api/tokens/${token.body.id}`, { method: 'DELETE' });
  });
});
