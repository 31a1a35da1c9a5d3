import type { Hono } from 'hono';
import { beforeAll, expect, it } from 'vitest';
import type { AppEnv } from '../../src/http/env.ts';
import { pointIn } from '../support/authorization-fixtures.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { testApp, userToken } from '../support/test-app.ts';

/**
 * Issue 5's workflow over HTTP: draft → submitted → approved or rejected, by whom, what becomes current
 * and when, versions kept and compared, every step audited.
 */

type App = Hono<AppEnv>;
interface Submission {
  id: number;
  status: string;
  version: number;
  provinceCodes: string[];
  createdBy: string | null;
  reviewedBy: string | null;
  reviewComment: string | null;
}
interface ErrorBody {
  error: { code: string; message: string; details?: { field?: string } };
}

const HEADER = 'Mã trạm;Kinh độ;Vĩ độ;Mã xã;Công nghệ;Băng tần;Độ cao anten (m);Trạng thái';

async function upload(app: App, token: string, rows: string[], fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set('operator', 'VIETTEL');
  form.set('period', '2025-Q4');
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new File([[HEADER, ...rows].join('\r\n')], 'tram.csv'));
  const response = await app.request('/api/submissions', {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { submission: Submission; errors: unknown[] } & ErrorBody;
  return { status: response.status, body };
}

async function call(app: App, token: string | null, path: string, method = 'GET', body?: unknown) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await app.request(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & ErrorBody };
}

const VILLAGE_HEADER = 'Mã thôn;Tên thôn;Mã xã;Kinh độ;Vĩ độ;Số dân;Số hộ';

/** A province's list (villages…) as its sender uploads it, submitted for review at once unless told. */
async function uploadList(
  app: App,
  token: string,
  datasetType: string,
  organisation: string,
  csv: string,
  submit = true,
) {
  const form = new FormData();
  form.set('datasetType', datasetType);
  form.set('organisation', organisation);
  form.set('period', '2025-Q4');
  form.set('submit', String(submit));
  form.set('file', new File([csv], 'danh-sach.csv'));
  const response = await app.request('/api/submissions', {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as {
    submission: Submission;
    errors: { row: number; field: string; value: string; message: string }[];
  } & ErrorBody;
  return { status: response.status, body };
}

describeEachEngine('submission review workflow', (db, engine) => {
  let app: App;
  const tokens: Record<string, string> = {};
  const site = async (code: string) =>
    (
      await db().query<{ height: number }>(
        "SELECT antenna_height_m AS height FROM mobile_site WHERE operator = 'VIETTEL' AND site_code = $1",
        [code],
      )
    )[0]?.height ?? null;
  const runs = async () =>
    (await db().query<{ n: number }>('SELECT count(*)::integer AS n FROM computation_run'))[0]?.n ?? 0;

  beforeAll(async () => {
    app = testApp(db());
    const make = async (name: string, scope: Parameters<typeof userToken>[2]) => {
      tokens[name] = await userToken(db(), `wf-${name}`, scope);
    };
    await make('viettel', { roles: ['operator'], operator: 'VIETTEL' });
    await make('vnpt', { roles: ['operator'], operator: 'VNPT' });
    await make('thainguyen', { roles: ['provincial_officer'], provinces: ['19'] });
    await make('hanoi', { roles: ['provincial_officer'], provinces: ['01'] });
    await make('planner', { roles: ['national_planner'] });
    await make('planner2', { roles: ['national_planner'] });
  });
  const t = (name: string) => tokens[name] as string;

  it('keeps an upload as a draft, lets only its reviewers approve it once submitted, then makes it current', async () => {
    const p = `WF1-${engine}`;
    const first = await upload(app, t('viettel'), [
      `${p}-1;105,8348;22,1470;01840;4G;1800;30;đang hoạt động`,
      `${p}-2;105,84;22,16;01840;4G;1800;25;đang hoạt động`,
    ]);
    expect(first.status).toBe(201);
    const id = first.body.submission.id;
    expect(first.body.submission).toMatchObject({
      status: 'draft',
      provinceCodes: ['19'],
      createdBy: 'wf-viettel',
    });
    // A draft is not current: the sites are not in the inventory yet.
    expect(await site(`${p}-1`)).toBeNull();
    // Its rows read back as validated, in file order (sites are kept in typed columns: migration 0007).
    const kept = await call(app, t('viettel'), `/api/submissions/${id}/rows`);
    expect(kept.body.total).toBe(2);
    expect((kept.body.items as unknown[])[0]).toEqual({
      seq: 1,
      key: `${p}-1`,
      provinceCode: '19',
      data: {
        siteCode: `${p}-1`,
        operator: 'VIETTEL',
        position: { lon: 105.8348, lat: 22.147 },
        communeCode: '01840',
        carriers: [{ technology: '4G', bandMhz: 1800 }],
        antennaHeightM: 30,
        shared: false,
        tenants: [],
        status: 'operating',
        onAirDate: null,
        decommissionedDate: null,
        synthetic: false,
      },
    });

    // Another operator learns nothing of it, by any path; the public is asked to sign in.
    for (const path of [`/api/submissions/${id}`, `/api/submissions/${id}/rows`]) {
      expect((await call(app, t('vnpt'), path)).status).toBe(404);
      expect((await call(app, null, path)).status).toBe(401);
    }
    expect((await call(app, t('vnpt'), `/api/submissions/${id}/submit`, 'POST')).status).toBe(404);
    const vnptList = await call(app, t('vnpt'), '/api/submissions?limit=500');
    expect((vnptList.body.items as Submission[]).some((s) => s.id === id)).toBe(false);

    // Not yet submitted: nothing to review.
    const early = await call(app, t('thainguyen'), `/api/submissions/${id}/approve`, 'POST');
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('SUBMISSION_STATE');

    const submitted = await call(app, t('viettel'), `/api/submissions/${id}/submit`, 'POST');
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect((await call(app, t('viettel'), `/api/submissions/${id}/submit`, 'POST')).status).toBe(409);
    expect(await site(`${p}-1`)).toBeNull();

    // The operator never approves its own data; another province's officer does not even see it.
    const own = await call(app, t('viettel'), `/api/submissions/${id}/approve`, 'POST');
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('FORBIDDEN');
    expect((await call(app, t('hanoi'), `/api/submissions/${id}/approve`, 'POST')).status).toBe(404);

    // The province's officer sees it and its rows; a rejection needs a comment.
    const rows = await call(app, t('thainguyen'), `/api/submissions/${id}/rows`);
    expect(rows.body.total).toBe(2);
    const noComment = await call(app, t('thainguyen'), `/api/submissions/${id}/reject`, 'POST', {});
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.details?.field).toBe('comment');

    const before = await runs();
    const approved = await call(app, t('thainguyen'), `/api/submissions/${id}/approve`, 'POST', {
      comment: 'Đã đối chiếu sổ trạm.',
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      reviewedBy: 'wf-thainguyen',
      reviewComment: 'Đã đối chiếu sổ trạm.',
    });
    expect(await site(`${p}-1`)).toBe(30);
    expect(await runs()).toBeGreaterThan(before);
    const twice = await call(app, t('planner'), `/api/submissions/${id}/reject`, 'POST', { comment: 'x' });
    expect(twice.status).toBe(409);

    // A correction is a new version, not current until approved; versions compare row by row.
    const second = await upload(
      app,
      t('viettel'),
      [
        `${p}-1;105,8348;22,1470;01840;4G;1800;45;đang hoạt động`,
        `${p}-3;105,84;22,16;01840;4G;1800;25;đang hoạt động`,
      ],
      { submit: 'true' },
    );
    expect(second.status).toBe(201);
    expect(second.body.submission).toMatchObject({ status: 'submitted' });
    expect(second.body.submission.version).toBeGreaterThan(first.body.submission.version);
    const v2 = second.body.submission.id;
    expect(await site(`${p}-1`)).toBe(30);
    const diff = await call(app, t('thainguyen'), `/api/submissions/${v2}/compare?with=${id}`);
    expect(diff.status).toBe(200);
    expect(diff.body).toMatchObject({ added: 1, removed: 1, changed: 1, unchanged: 0 });
    const changed = (
      diff.body.items as {
        kind: string;
        change: { key: string; before: { antennaHeightM: number }; after: { antennaHeightM: number } };
      }[]
    ).find((i) => i.kind === 'changed');
    expect(changed?.change).toMatchObject({
      key: `${p}-1`,
      before: { antennaHeightM: 30 },
      after: { antennaHeightM: 45 },
    });

    const rejected = await call(app, t('planner'), `/api/submissions/${v2}/reject`, 'POST', {
      comment: 'Độ cao anten trạm 1 chưa khớp hồ sơ.',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', reviewedBy: 'wf-planner' });
    expect(await site(`${p}-1`)).toBe(30);
    expect(await site(`${p}-3`)).toBeNull();
    // The first version is still readable as it was.
    expect((await call(app, t('viettel'), `/api/submissions/${id}/rows`)).body.total).toBe(2);

    // Every step is in the audit trail, with the status before and after.
    const audit = await db().query<{
      action: string;
      username: string;
      before: { status: string } | null;
      after: { status: string };
    }>(
      `SELECT action, username, before, after FROM audit_log
       WHERE entity = 'submission' AND entity_id = ANY($1::text[]) ORDER BY id`,
      [[String(id), String(v2)]],
    );
    expect(audit.map((a) => [a.action, a.username, a.before?.status ?? null, a.after.status])).toEqual([
      ['submission.create', 'wf-viettel', null, 'draft'],
      ['submission.submit', 'wf-viettel', 'draft', 'submitted'],
      ['submission.approve', 'wf-thainguyen', 'submitted', 'approved'],
      ['submission.create', 'wf-viettel', null, 'submitted'],
      ['submission.reject', 'wf-planner', 'submitted', 'rejected'],
    ]);
  });

  it('lets an officer read only their province in a wider file, and approve only files wholly theirs', async () => {
    const p = `WF2-${engine}`;
    const hanoi = await pointIn(db(), '01');
    const wide = await upload(
      app,
      t('viettel'),
      [
        `${p}-1;105,8348;22,1470;01840;4G;1800;30;đang hoạt động`,
        `${p}-2;${hanoi.lon};${hanoi.lat};${hanoi.code};4G;1800;30;đang hoạt động`,
      ],
      { submit: 'true' },
    );
    expect(wide.status).toBe(201);
    const id = wide.body.submission.id;
    expect(wide.body.submission.provinceCodes).toEqual(['01', '19']);
    const seen = await call(app, t('thainguyen'), `/api/submissions/${id}/rows`);
    expect(seen.body.total).toBe(1);
    expect((seen.body.items as { provinceCode: string }[])[0]?.provinceCode).toBe('19');
    const denied = await call(app, t('thainguyen'), `/api/submissions/${id}/approve`, 'POST');
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('FORBIDDEN');
    expect((await call(app, t('planner'), `/api/submissions/${id}/approve`, 'POST')).status).toBe(200);
    expect(await site(`${p}-2`)).toBe(30);
  });

  it('never lets a sender review their own upload', async () => {
    const csv = [VILLAGE_HEADER, `WF3-${engine}-1;Thôn Hai;01840;105.8348;22.147;300;80`].join('\r\n');
    const own = await uploadList(app, t('planner'), 'villages', 'Bộ KH&CN', csv);
    expect(own.status).toBe(201);
    const id = own.body.submission.id;
    const self = await call(app, t('planner'), `/api/submissions/${id}/approve`, 'POST');
    expect(self.status).toBe(403);
    expect(self.body.error.code).toBe('SELF_REVIEW');
    expect((await call(app, t('planner2'), `/api/submissions/${id}/approve`, 'POST')).status).toBe(200);
  });

  it("refuses, row by row, a province list's rows outside the officer's provinces", async () => {
    const hanoi = await pointIn(db(), '01');
    const csv = [
      VILLAGE_HEADER,
      `WF4-${engine}-1;Thôn Một;${hanoi.code};${hanoi.lon};${hanoi.lat};300;80`,
    ].join('\r\n');
    const { status: responseStatus, body } = await uploadList(
      app,
      t('thainguyen'),
      'villages',
      'Sở KH&CN Thái Nguyên',
      csv,
      false,
    );
    expect(responseStatus).toBe(422);
    expect(body.submission.status).toBe('invalid');
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ row: 2, field: 'communeCode', value: hanoi.code });
    expect(body.errors[0]?.message).toContain('ngoài phạm vi');
  });
});
