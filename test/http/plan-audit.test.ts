import { beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../src/services/clock.ts';
import { createServices } from '../../src/services/services.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { adminToken, getJson, TEST_TODAY, testApp } from '../support/test-app.ts';

type App = ReturnType<typeof testApp>;
type Json = Record<string, unknown>;

interface AuditRow {
  id: number;
  userId: number | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: Json | null;
  after: Json | null;
  requestId: string | null;
}

const SYSTEM = { userId: null, username: 'test', requestId: null, ip: null };

/** One request; `requestId` is the id the app gave it (x-request-id), which its audit entry must carry. */
async function send(app: App, method: string, path: string, body?: unknown, bearer?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const response = await app.request(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : null) as Json,
    requestId: response.headers.get('x-request-id') ?? '',
  };
}

function planBody(code: string, titleVi: string, targets: Json[]) {
  return {
    plan: {
      code,
      titleVi,
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

const indicatorsOf = (snapshot: Json | null) =>
  ((snapshot?.targets ?? []) as { indicatorCode: string }[]).map((t) => t.indicatorCode);

describeEachEngine('audit trail of plans, targets and observations', (db, engine) => {
  let app: App;
  let officerToken: string;
  const log: string[] = [];

  beforeAll(async () => {
    app = testApp(db(), log, { token: await adminToken(db()) });
    // An officer of Hà Nội (01): signed in, but not allowed to change Thái Nguyên's (19) plan or figures.
    const { users } = createServices(db(), fixedClock(TEST_TODAY));
    const username = `officer-01-audit-${engine}`;
    if (!(await users.list()).some((u) => u.username === username)) {
      await users.add(
        { username, roles: ['provincial_officer'], provinces: ['01'], password: 'officer-01-password' },
        SYSTEM,
      );
    }
    officerToken = (await users.createToken(username, 'audit test', SYSTEM)).token;
  });

  /** The audit total and the entries after `sinceId`, oldest first, as an admin reads them over the API. */
  async function auditSince(sinceId: number): Promise<{ total: number; rows: AuditRow[] }> {
    const { status, body } = await getJson<{ items: AuditRow[]; total: number }>(
      app,
      '/api/audit?limit=1000',
    );
    expect(status).toBe(200);
    return { total: body.total, rows: body.items.filter((r) => r.id > sinceId).reverse() };
  }

  it('records one entry per write, in order, with before/after, request id and user; refusals record nothing', async () => {
    const start = (await getJson<{ items: AuditRow[]; total: number }>(app, '/api/audit?limit=1')).body;
    const startId = start.items[0]?.id ?? 0;
    const requests: string[] = [];
    const ok = (r: { status: number; requestId: string }, status: number) => {
      expect(r.status).toBe(status);
      expect(r.requestId).not.toBe('');
      requests.push(r.requestId);
    };
    const code = `TEST-AUDIT-${engine}`;

    const plan = await send(
      app,
      'POST',
      '/api/plans',
      planBody(code, 'Kế hoạch thử nhật ký', [
        { indicator: 'VILLAGE_MBB_COVERAGE', comparator: '>=', value: 100, deadline: 2027 },
      ]),
    );
    ok(plan, 201);
    const planId = plan.body.id as number;
    const target = await send(app, 'POST', `/api/plans/${planId}/targets`, {
      indicator: 'IT_PARKS',
      comparator: 'khoảng',
      min: 1,
      max: 2,
      deadline: '2030',
    });
    ok(target, 201);
    const targetId = target.body.id as number;
    const edit = { indicator: 'IT_PARKS', comparator: '>=', value: 3, deadline: 2030 };
    ok(await send(app, 'PUT', `/api/targets/${targetId}`, edit), 200);

    // Refused writes: invalid (422) and not allowed (403). Neither adds an entry nor changes the target.
    const beforeRefusals = await auditSince(startId);
    const invalid = await send(app, 'PUT', `/api/targets/${targetId}`, { ...edit, value: 'rất nhiều' });
    expect(invalid.status).toBe(422);
    const forbidden = await send(app, 'PUT', `/api/targets/${targetId}`, { ...edit, value: 9 }, officerToken);
    expect(forbidden.status).toBe(403);
    const forbiddenPlan = await send(app, 'DELETE', `/api/plans/${planId}`, undefined, officerToken);
    expect(forbiddenPlan.status).toBe(403);
    const afterRefusals = await auditSince(startId);
    expect(afterRefusals.total).toBe(beforeRefusals.total);
    expect(afterRefusals.rows).toEqual(beforeRefusals.rows);
    expect((await getJson(app, `/api/targets/${targetId}`)).body).toMatchObject({
      comparator: '>=',
      value: 3,
    });
    expect((await getJson(app, `/api/plans/${planId}`)).status).toBe(200);

    ok(await send(app, 'DELETE', `/api/targets/${targetId}`), 204);
    const replaced = await send(
      app,
      'PUT',
      `/api/plans/${planId}`,
      planBody(code, 'Kế hoạch thử nhật ký (sửa)', [
        { indicator: 'HH_INTERNET', comparator: '>=', value: 90, deadline: 2030 },
      ]),
    );
    ok(replaced, 200);

    const figure = { indicator: 'HH_INTERNET', unit: '19', period: '2025-Q3', value: 70 };
    const observation = await send(app, 'POST', '/api/observations', figure);
    ok(observation, 201);
    const observationId = observation.body.id as number;
    ok(await send(app, 'PUT', `/api/observations/${observationId}`, { ...figure, value: 72 }), 200);

    const beforeBadFigure = await auditSince(startId);
    const badFigure = await send(app, 'PUT', `/api/observations/${observationId}`, { ...figure, value: 120 });
    expect(badFigure.status).toBe(422);
    const otherProvince = await send(app, 'POST', '/api/observations', figure, officerToken);
    expect(otherProvince.status).toBe(403);
    expect((await auditSince(startId)).total).toBe(beforeBadFigure.total);
    expect((await getJson(app, `/api/observations/${observationId}`)).body).toMatchObject({ value: 72 });

    ok(await send(app, 'DELETE', `/api/observations/${observationId}`), 204);
    ok(await send(app, 'DELETE', `/api/plans/${planId}`), 204);

    const { total, rows } = await auditSince(startId);
    expect(total - start.total).toBe(9);
    expect(rows.map((r) => [r.action, r.entity, r.entityId])).toEqual([
      ['plan.create', 'plan', String(planId)],
      ['target.create', 'target', String(targetId)],
      ['target.update', 'target', String(targetId)],
      ['target.delete', 'target', String(targetId)],
      ['plan.replace', 'plan', String(planId)],
      ['observation.create', 'observation', String(observationId)],
      ['observation.update', 'observation', String(observationId)],
      ['observation.delete', 'observation', String(observationId)],
      ['plan.delete', 'plan', String(planId)],
    ]);
    expect(rows.map((r) => r.requestId)).toEqual(requests);
    for (const row of rows) {
      expect(row.username).toBe('test-admin');
      expect(row.userId).toEqual(expect.any(Number));
    }
    const [created, added, updated, removed, replacedPlan, recorded, corrected, erased, deleted] = rows;

    expect(created?.before).toBeNull();
    expect(created?.after).toMatchObject({ plan: { id: planId, code, titleVi: 'Kế hoạch thử nhật ký' } });
    expect(indicatorsOf(created?.after ?? null)).toEqual(['VILLAGE_MBB_COVERAGE']);

    expect(added?.before).toBeNull();
    expect(added?.after).toMatchObject({
      id: targetId,
      planId,
      indicatorCode: 'IT_PARKS',
      value: { comparator: 'range', min: 1, max: 2 },
    });
    expect(updated?.before).toMatchObject({ value: { comparator: 'range', min: 1, max: 2 } });
    expect(updated?.after).toMatchObject({ id: targetId, value: { comparator: '>=', value: 3 } });
    expect(removed?.before).toMatchObject({ id: targetId, value: { comparator: '>=', value: 3 } });
    expect(removed?.after).toBeNull();

    // A replace changes the plan's fields and its whole list of targets: both sides carry both.
    expect(replacedPlan?.before).toMatchObject({ plan: { titleVi: 'Kế hoạch thử nhật ký' } });
    expect(indicatorsOf(replacedPlan?.before ?? null)).toEqual(['VILLAGE_MBB_COVERAGE']);
    expect(replacedPlan?.after).toMatchObject({ plan: { titleVi: 'Kế hoạch thử nhật ký (sửa)' } });
    expect(indicatorsOf(replacedPlan?.after ?? null)).toEqual(['HH_INTERNET']);

    expect(recorded?.before).toBeNull();
    expect(recorded?.after).toMatchObject({ id: observationId, indicatorCode: 'HH_INTERNET', value: 70 });
    expect(corrected?.before).toMatchObject({ value: 70, period: '2025-Q3' });
    expect(corrected?.after).toMatchObject({ value: 72, period: '2025-Q3' });
    expect(erased?.before).toMatchObject({ id: observationId, value: 72 });
    expect(erased?.after).toBeNull();

    expect(deleted?.before).toMatchObject({ plan: { id: planId, code } });
    expect(indicatorsOf(deleted?.before ?? null)).toEqual(['HH_INTERNET']);
    expect(deleted?.after).toBeNull();
  });

  it('never answered 500', () => {
    expect(log.filter((l) => l.includes('ERROR'))).toEqual([]);
  });
});
