import { expect, it } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { adminToken, testApp } from '../support/test-app.ts';

/**
 * Issue 5 acceptance: "A test counts writes and audit rows over a scripted session: equal". A working
 * day of several people — an admin making accounts, an operator uploading and submitting its sites
 * from the browser, the province's officer approving, a planner editing a plan and its figures — through
 * the HTTP API. Every request that changed something must have exactly one audit entry carrying that
 * request's id; every refused request none.
 */

type App = ReturnType<typeof testApp>;
interface Who {
  bearer?: string;
  cookie?: string;
  csrf?: string;
}
interface Sent {
  status: number;
  body: Record<string, unknown>;
  requestId: string;
}

const HEADER = 'Mã trạm;Kinh độ;Vĩ độ;Mã xã;Công nghệ;Băng tần;Độ cao anten (m);Trạng thái';

describeEachEngine('audit trail over a scripted session', (db, engine) => {
  it('has one audit entry per write, with its request id, and none for refused requests', async () => {
    const app: App = testApp(db());
    const admin: Who = { bearer: await adminToken(db()) };
    const writes: Sent[] = [];
    const refused: Sent[] = [];

    async function send(who: Who, method: string, path: string, body?: unknown): Promise<Sent> {
      const headers: Record<string, string> = {};
      if (who.bearer) headers.authorization = `Bearer ${who.bearer}`;
      if (who.cookie) headers.cookie = who.cookie;
      if (who.csrf) headers['x-csrf-token'] = who.csrf;
      let payload: BodyInit | undefined;
      if (body instanceof FormData) payload = body;
      else if (body !== undefined) {
        headers['content-type'] = 'application/json';
        payload = JSON.stringify(body);
      }
      const response = await app.request(path, { method, headers, ...(payload ? { body: payload } : {}) });
      const text = await response.text();
      const sent = {
        status: response.status,
        body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
        requestId: response.headers.get('x-request-id') ?? '',
      };
      (response.ok ? writes : refused).push(sent);
      return sent;
    }
    const ok = (sent: Sent) => {
      expect(sent.status, JSON.stringify(sent.body)).toBeLessThan(300);
      return sent.body;
    };
    const refuse = (sent: Sent, status: number) =>
      expect(sent.status, JSON.stringify(sent.body)).toBe(status);

    /** A user made by the admin signs in from a browser with the one-time password and sets their own. */
    async function newUser(username: string, fields: Record<string, string>): Promise<Who> {
      const made = ok(await send(admin, 'POST', '/api/users', { username, ...fields }));
      const response = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: made.oneTimePassword }),
      });
      expect(response.status).toBe(200);
      // A sign-in creates a session: a write, audited.
      writes.push({ status: 200, body: {}, requestId: response.headers.get('x-request-id') ?? '' });
      const who: Who = {
        cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
        csrf: String(((await response.json()) as { csrfToken: string }).csrfToken),
      };
      ok(
        await send(who, 'POST', '/api/auth/password', {
          currentPassword: made.oneTimePassword,
          newPassword: `${username}-mật-khẩu-mới`,
        }),
      );
      return who;
    }

    const [start] = await db().query<{ id: number }>(
      'SELECT COALESCE(max(id), 0)::integer AS id FROM audit_log',
    );
    const startId = start?.id ?? 0;

    // The admin makes the accounts; each signs in from a browser and sets a password.
    const viettel = await newUser(`viettel-${engine}-s`, { roles: 'operator', operator: 'VIETTEL' });
    const officer = await newUser(`so19-${engine}-s`, { roles: 'provincial_officer', provinces: '19' });
    const planner = await newUser(`vien-${engine}-s`, { roles: 'national_planner' });

    // The operator uploads a list with a bad row (refused, but its report is kept: a write), then a good one.
    const upload = (rows: string[], submit: boolean) => {
      const form = new FormData();
      form.set('operator', 'VIETTEL');
      form.set('period', '2025-Q4');
      form.set('submit', String(submit));
      form.set('file', new File([[HEADER, ...rows].join('\r\n')], 'tram.csv'));
      return form;
    };
    const p = `AUD-${engine}`;
    const bad = await send(
      viettel,
      'POST',
      '/api/submissions',
      upload([`${p}-1;1;1;99999;4G;1800;30;x`], false),
    );
    refuse(bad, 422);
    writes.push(refused.pop() as Sent);
    const draft = ok(
      await send(
        viettel,
        'POST',
        '/api/submissions',
        upload([`${p}-1;105,8348;22,1470;01840;4G;1800;30;đang hoạt động`], false),
      ),
    );
    const id = (draft.submission as { id: number }).id;
    refuse(await send({ cookie: viettel.cookie ?? '' }, 'POST', `/api/submissions/${id}/submit`), 403); // no CSRF token
    ok(await send(viettel, 'POST', `/api/submissions/${id}/submit`));
    refuse(await send(viettel, 'POST', `/api/submissions/${id}/approve`), 403); // its own data
    refuse(await send(officer, 'POST', `/api/submissions/${id}/reject`, {}), 400); // no comment
    ok(await send(officer, 'POST', `/api/submissions/${id}/approve`, { comment: 'Khớp sổ trạm.' }));

    // The planner drafts a provincial plan, edits a target, reports and corrects a figure.
    const plan = ok(
      await send(planner, 'POST', '/api/plans', {
        plan: {
          code: `KH-AUD-${engine}`,
          titleVi: 'Kế hoạch thử nhật ký phiên',
          issuer: 'UBND tỉnh Thái Nguyên',
          issuedOn: '2025-09-01',
          periodStart: 2025,
          periodEnd: 2030,
          scopeUnit: '19',
        },
        targets: [{ indicator: 'VILLAGE_MBB_COVERAGE', comparator: '>=', value: 100, deadline: 2027 }],
      }),
    );
    const target = ok(
      await send(planner, 'POST', `/api/plans/${plan.id}/targets`, {
        indicator: 'HH_INTERNET',
        comparator: '>=',
        value: 80,
        deadline: 2030,
      }),
    );
    refuse(await send(viettel, 'DELETE', `/api/targets/${target.id}`), 403);
    ok(
      await send(planner, 'PUT', `/api/targets/${target.id}`, {
        indicator: 'HH_INTERNET',
        comparator: '>=',
        value: 85,
        deadline: 2030,
      }),
    );
    const figure = { indicator: 'HH_INTERNET', unit: '19', period: '2025-Q2', value: 71 };
    const observation = ok(await send(officer, 'POST', '/api/observations', figure));
    refuse(await send(officer, 'PUT', `/api/observations/${observation.id}`, { ...figure, value: 140 }), 422);
    ok(await send(officer, 'PUT', `/api/observations/${observation.id}`, { ...figure, value: 72 }));
    ok(await send(planner, 'DELETE', `/api/targets/${target.id}`));
    ok(await send(planner, 'DELETE', `/api/plans/${plan.id}`));

    // A machine token for the operator, then revoked; the officer leaves; an account is disabled.
    const token = ok(await send(viettel, 'POST', '/api/tokens', { name: 'may-chu-dong-bo' }));
    ok(await send(viettel, 'DELETE', `/api/tokens/${token.id}`));
    ok(await send(officer, 'POST', '/api/auth/logout'));
    ok(await send(admin, 'POST', `/api/users/vien-${engine}-s/disable`));

    const entries = await db().query<{ action: string; request_id: string | null }>(
      'SELECT action, request_id FROM audit_log WHERE id > $1 ORDER BY id',
      [startId],
    );
    const written = writes.map((w) => w.requestId).sort();
    expect(entries.map((e) => e.request_id ?? '').sort()).toEqual(written);
    expect(entries).toHaveLength(writes.length);
    expect(new Set(written).size).toBe(written.length);
    for (const r of refused) expect(entries.some((e) => e.request_id === r.requestId)).toBe(false);
    expect(refused.length).toBeGreaterThanOrEqual(5);

    // The application's own connection cannot change or remove an entry.
    await expect(
      db().query('UPDATE audit_log SET action = $1 WHERE id > $2', ['x', startId]),
    ).rejects.toThrow(/append-only/);
    await expect(db().query('DELETE FROM audit_log WHERE id > $1', [startId])).rejects.toThrow(/append-only/);
    expect(
      (
        await db().query<{ n: number }>('SELECT count(*)::integer AS n FROM audit_log WHERE id > $1', [
          startId,
        ])
      )[0]?.n,
    ).toBe(writes.length);
  });
});
