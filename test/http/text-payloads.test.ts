import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { adminToken, testApp } from '../support/test-app.ts';
import {
  asCellText,
  asTrimmed,
  expectVerbatimInJson,
  jsonRequest,
  PAYLOADS,
  tableState,
} from '../support/text-payloads.ts';

/**
 * Issue 5: "SQL-injection and script payloads in every text field are stored verbatim and rendered
 * inert" — for the fields of plans, targets, observations, accounts and tokens written through the
 * JSON API. Each payload is written, read back through the API byte for byte (cell-read fields with
 * their documented white-space folding, see asCellText), and every answer is JSON with nosniff and a
 * content security policy; the tables are all still there and no row count dropped. Submissions and
 * the CSV/XLSX exports are in text-payloads-submissions.test.ts.
 */

type App = ReturnType<typeof testApp>;
type Json = Record<string, unknown>;

/** The payload after `k` others, so an edit writes a different payload than the create did. */
const other = (i: number, k = 1) => (PAYLOADS[(i + k) % PAYLOADS.length] as readonly [string, string])[1];

const planBody = (code: string, text: string, targetText: string) => ({
  plan: {
    code,
    titleVi: text,
    titleEn: text,
    issuer: text,
    issuedOn: '2025-09-01',
    periodStart: 2025,
    periodEnd: 2030,
    scopeUnit: '19',
    status: 'draft',
    sourceUrl: text,
  },
  targets: [
    {
      indicator: 'MOBILE_SITES',
      comparator: '>=',
      value: 1,
      deadline: 2030,
      sourceClause: targetText,
      sourceUrl: targetText,
    },
  ],
});

describeEachEngine('text payloads in plans, observations, accounts and tokens', (db, engine) => {
  let app: App;
  let before: Awaited<ReturnType<typeof tableState>>;
  beforeAll(async () => {
    app = testApp(db(), [], { token: await adminToken(db()) });
    before = await tableState(db());
  });
  afterAll(async () => {
    // Every table is still there, nothing was deleted, and the plans made here are gone again.
    const after = await tableState(db());
    expect(after.tables).toBe(10);
    expect(after.audit).toBeGreaterThan(before.audit);
    expect(after.users).toBe(before.users + PAYLOADS.length);
    expect(after.plans).toBe(before.plans);
  });

  it.each(PAYLOADS.map(([label, text], i) => [label, text, i] as const))(
    'stores plan and target text verbatim: %s',
    async (_label, text, i) => {
      const expected = asCellText(text);
      const created = await jsonRequest(app, 'POST', '/api/plans', planBody(text, text, text));
      expect(created.status, created.text).toBe(201);
      const id = created.body.id as number;
      const plan = (await jsonRequest(app, 'GET', `/api/plans/${id}`)).body;
      expect(plan).toMatchObject({
        code: expected,
        titleVi: expected,
        titleEn: expected,
        issuer: expected,
        sourceUrl: expected,
      });
      const [target] = plan.targets as Json[];
      expect(target).toMatchObject({ sourceClause: expected, sourceUrl: expected });
      // The code names the plan in the URL too.
      const byCode = await jsonRequest(app, 'GET', `/api/plans/${encodeURIComponent(expected)}`);
      expect(byCode.status).toBe(200);
      expect(byCode.body.id).toBe(id);
      expectVerbatimInJson(byCode.text, expected);

      const replaced = await jsonRequest(app, 'PUT', `/api/plans/${id}`, planBody(text, other(i), text));
      expect(replaced.status, replaced.text).toBe(200);
      const edited = asCellText(other(i));
      expect((await jsonRequest(app, 'GET', `/api/plans/${id}`)).body).toMatchObject({
        code: expected,
        titleVi: edited,
        issuer: edited,
        sourceUrl: edited,
      });

      const added = await jsonRequest(app, 'POST', `/api/plans/${id}/targets`, {
        indicator: 'IT_PARKS',
        comparator: '>=',
        value: 2,
        deadline: 2030,
        sourceClause: other(i, 2),
        sourceUrl: other(i, 3),
      });
      expect(added.status, added.text).toBe(201);
      const targetId = added.body.id as number;
      expect(added.body).toMatchObject({
        sourceClause: asCellText(other(i, 2)),
        sourceUrl: asCellText(other(i, 3)),
      });
      const put = await jsonRequest(app, 'PUT', `/api/targets/${targetId}`, {
        indicator: 'IT_PARKS',
        comparator: '>=',
        value: 2,
        deadline: 2030,
        sourceClause: text,
        sourceUrl: text,
      });
      expect(put.status, put.text).toBe(200);
      const read = await jsonRequest(app, 'GET', `/api/targets/${targetId}`);
      expect(read.body).toMatchObject({ sourceClause: expected, sourceUrl: expected });
      expectVerbatimInJson(read.text, expected);

      const gone = await app.request(`/api/plans/${id}`, { method: 'DELETE' });
      expect(gone.status).toBe(204);
    },
  );

  // PostgreSQL text cannot hold U+0000: a NUL in any text field is the sender's to remove (400), and
  // the failed statement's transaction stores nothing.
  it('answers 400, not 500, for a NUL character (U+0000) in a text field', async () => {
    const nul = 'Kế hoạch\u0000thử';
    const [before] = await db().query<{ n: number }>('SELECT count(*)::integer AS n FROM plan');
    for (const [path, body] of [
      ['/api/plans', planBody(`KH-NUL-${engine}`, nul, 'x')],
      ['/api/tokens', { name: nul }],
      ['/api/auth/login', { username: `ai\u0000${engine}`, password: 'mật-khẩu-bất-kỳ' }],
    ] as const) {
      const answer = await jsonRequest(app, 'POST', path, body);
      expect(answer.status, `${path}: ${answer.text}`).toBe(400);
      expect(answer.text).toContain('INVALID_BODY');
      expect(answer.text).toContain('U+0000');
    }
    const [after] = await db().query<{ n: number }>('SELECT count(*)::integer AS n FROM plan');
    expect(after?.n).toBe(before?.n);
  });

  it('keeps the tab of a cell-read field as one space, and everything else of it (the one folding)', () => {
    const [, tabs] = PAYLOADS.find(([label]) => label === 'tabs') ?? ['', ''];
    expect(asCellText(tabs)).toBe('cột 1 cột 2 =1+2');
    for (const [label, text] of PAYLOADS) if (label !== 'tabs') expect(asCellText(text)).toBe(text);
  });

  it.each([
    ['scopeUnit', { scopeUnit: "19' OR '1'='1" }],
    ['status', { status: '<script>alert(1)</script>' }],
    ['parentPlan', { parentPlan: '=1+2' }],
    ['issuedOn', { issuedOn: "'; DROP TABLE plan; --" }],
    ['periodStart', { periodStart: '@SUM(1)' }],
  ])(
    'refuses a payload in the coded plan field %s with 422 naming it, echoed verbatim',
    async (field, change) => {
      const body = planBody(`TXT-BAD-${engine}-${field}`, 'Kế hoạch', 'Điều 1');
      const response = await jsonRequest(app, 'POST', '/api/plans', {
        ...body,
        plan: { ...body.plan, ...change },
      });
      expect(response.status).toBe(422);
      expect(response.body.error?.code).toBe('VALIDATION_FAILED');
      const value = Object.values(change)[0] as string;
      expect(response.body.error?.rows?.find((r) => r.field === field)?.value).toBe(value);
      expectVerbatimInJson(response.text, value);
    },
  );

  it.each([
    ['indicator', { indicator: "MOBILE_SITES'; --" }],
    ['comparator', { comparator: '<script>' }],
    ['value', { value: '=1+2' }],
    ['deadline', { deadline: '{{7*7}}' }],
    ['scope', { scope: '"><svg onload=alert(1)>' }],
  ])('refuses a payload in the coded target field %s with 422 naming it', async (field, change) => {
    const body = planBody(`TXT-BADT-${engine}-${field}`, 'Kế hoạch', 'Điều 1');
    const target = { ...body.targets[0], ...change };
    const response = await jsonRequest(app, 'POST', '/api/plans', { ...body, targets: [target] });
    expect(response.status).toBe(422);
    expect(response.body.error?.rows?.map((r) => [r.field, r.value])).toEqual([
      [field, Object.values(change)[0]],
    ]);
  });

  it('stores observation notes and source links verbatim, and refuses payloads in its coded fields', async () => {
    const ids: number[] = [];
    for (const [i, [, text]] of PAYLOADS.entries()) {
      // A month each, so no figure replaces another (same indicator, unit, period and source kind).
      const month = (n: number) => String(n).padStart(2, '0');
      const period = i < 12 ? `2031-${month(i + 1)}` : `2032-${month(i - 11)}`;
      const created = await jsonRequest(app, 'POST', '/api/observations', {
        indicator: 'MOBILE_SITES',
        unit: '04',
        period,
        value: 7,
        note: text,
        sourceUrl: text,
      });
      expect(created.status, created.text).toBe(201);
      const id = created.body.id as number;
      ids.push(id);
      const read = await jsonRequest(app, 'GET', `/api/observations/${id}`);
      expect(read.body).toMatchObject({
        note: asCellText(text),
        provenance: { kind: 'source', url: asCellText(text) },
      });
      const edited = await jsonRequest(app, 'PUT', `/api/observations/${id}`, {
        indicator: 'MOBILE_SITES',
        unit: '04',
        period,
        value: 8,
        note: other(i),
        sourceUrl: other(i, 2),
      });
      expect(edited.status, edited.text).toBe(200);
      expect((await jsonRequest(app, 'GET', `/api/observations/${id}`)).body).toMatchObject({
        note: asCellText(other(i)),
        provenance: { url: asCellText(other(i, 2)) },
      });
    }
    const listed = await jsonRequest(
      app,
      'GET',
      '/api/observations?indicator=MOBILE_SITES&unit=04&limit=1000',
    );
    const notes = (listed.body.items as { id: number; note: string }[]).filter((o) => ids.includes(o.id));
    expect(notes.map((o) => o.note).sort()).toEqual(PAYLOADS.map((_, i) => asCellText(other(i))).sort());
    for (const id of ids) {
      expect((await app.request(`/api/observations/${id}`, { method: 'DELETE' })).status).toBe(204);
    }
    for (const [field, value] of [
      ['period', "2025'; DROP TABLE observation; --"],
      ['unit', '<script>alert(1)</script>'],
      ['indicator', '=1+2'],
    ] as const) {
      const body = { indicator: 'MOBILE_SITES', unit: '04', period: '2031', value: 1, [field]: value };
      const refused = await jsonRequest(app, 'POST', '/api/observations', body);
      expect(refused.status).toBe(422);
      expect(refused.body.error?.rows?.map((r) => [r.field, r.value])).toEqual([[field, value]]);
    }
  });

  it('stores display names verbatim and refuses payloads as usernames', async () => {
    for (const [i, [, text]] of PAYLOADS.entries()) {
      const username = `txt-${engine}-${i}`;
      const created = await jsonRequest(app, 'POST', '/api/users', {
        username,
        displayName: text,
        roles: 'viewer',
      });
      expect(created.status, created.text).toBe(201);
      expect((created.body.user as Json).displayName).toBe(asTrimmed(text));
    }
    const listed = await jsonRequest(app, 'GET', '/api/users');
    const names = new Map((listed.body.items as Json[]).map((u) => [u.username, u.displayName]));
    PAYLOADS.forEach(([, text], i) => {
      expect(names.get(`txt-${engine}-${i}`)).toBe(text);
      expectVerbatimInJson(listed.text, text);
    });
    for (const [, text] of PAYLOADS) {
      const refused = await jsonRequest(app, 'POST', '/api/users', { username: text, roles: 'viewer' });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'INVALID_PARAMETER', details: { field: 'username' } });
    }
  });

  it('stores token names verbatim', async () => {
    const made: number[] = [];
    for (const [, text] of PAYLOADS) {
      const created = await jsonRequest(app, 'POST', '/api/tokens', { name: text });
      expect(created.status, created.text).toBe(201);
      expect(created.body.name).toBe(text);
      made.push(created.body.id as number);
    }
    const listed = await jsonRequest(app, 'GET', '/api/tokens');
    const names = new Map((listed.body.items as Json[]).map((t) => [t.id, t.name]));
    expect(made.map((id) => names.get(id))).toEqual(PAYLOADS.map(([, text]) => text));
    for (const id of made)
      expect((await app.request(`/api/tokens/${id}`, { method: 'DELETE' })).status).toBe(204);
  });
});
