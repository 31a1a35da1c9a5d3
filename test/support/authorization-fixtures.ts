import ExcelJS from 'exceljs';
import type { Hono } from 'hono';
import type { Database } from '../../src/db/database.ts';
import type { AppEnv } from '../../src/http/env.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createServices } from '../../src/services/services.ts';
import { TEST_TODAY, userToken } from './test-app.ts';

/**
 * Actors, requests and fresh resources for the authorization matrix (test/http/authorization-matrix):
 * every resource a cell acts on is made for that cell by an admin (or by the resource's own sender),
 * so cells never depend on each other, and every body is valid, so the only reason to refuse is who asks.
 */

type App = Hono<AppEnv>;
const SYSTEM = { userId: null, username: 'authz-matrix', requestId: null, ip: null };

export const ACTOR_NAMES = ['anonymous', 'admin', 'planner', 'officer', 'operator', 'viewer'] as const;
export type ActorName = (typeof ACTOR_NAMES)[number];
export type UserScope = { roles: string[]; provinces?: string[]; operator?: string };

/** Own scope = province 19 (Thái Nguyên) and VIETTEL, the officer's and the operator's; other = 01 (Hà Nội), VNPT. */
export const SCOPES: Record<Exclude<ActorName, 'anonymous'>, UserScope> = {
  admin: { roles: ['admin'] },
  planner: { roles: ['national_planner'] },
  officer: { roles: ['provincial_officer'], provinces: ['19'] },
  operator: { roles: ['operator'], operator: 'VIETTEL' },
  viewer: { roles: ['viewer'] },
};
export const PROVINCE = { own: '19', other: '01' } as const;
export const OPERATOR = { own: 'VIETTEL', other: 'VNPT' } as const;
export const PARK_SENDER = { own: 'Sở KH&CN Thái Nguyên', other: 'Sở KH&CN Hà Nội' } as const;
export type Side = keyof typeof PROVINCE;

export interface Answer {
  status: number;
  code: string;
  body: Record<string, unknown>;
  text: string;
}

export interface RequestInit {
  json?: unknown;
  form?: FormData;
  /** A browser session instead of the actor's API token. */
  session?: { cookie: string; csrf: string };
}

export async function request(
  app: App,
  token: string | null,
  method: string,
  path: string,
  init: RequestInit = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (init.session) {
    headers.cookie = init.session.cookie;
    headers['x-csrf-token'] = init.session.csrf;
  } else if (token) headers.authorization = `Bearer ${token}`;
  let body: string | FormData | undefined;
  if (init.form) body = init.form;
  else if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  const response = await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  let parsed: Record<string, unknown> = {};
  if (text.startsWith('{')) parsed = JSON.parse(text) as Record<string, unknown>;
  const code = ((parsed.error ?? {}) as { code?: string }).code ?? '';
  return { status: response.status, code, body: parsed, text };
}

/** One signed-in actor (or the anonymous public): its account and how it calls the API. */
export interface Actor {
  name: ActorName;
  username: string | null;
  token: string | null;
  send(method: string, path: string, init?: RequestInit): Promise<Answer>;
}

export const SITES_HEADER = 'Mã trạm;Kinh độ;Vĩ độ;Mã xã;Công nghệ;Băng tần;Độ cao anten (m);Trạng thái';
const PARKS_HEADER = 'Mã khu CNTT;Tên khu CNTT;Mã tỉnh;Diện tích (ha);Trạng thái';
const decimal = (x: number) => x.toFixed(6).replace('.', ',');

export interface Point {
  code: string;
  lon: number;
  lat: number;
}

/** A point inside a current commune of the province (the first by code). */
export async function pointIn(db: Database, province: string): Promise<Point> {
  const [row] = await db.query<Point>(
    `SELECT code, ST_X(p) AS lon, ST_Y(p) AS lat FROM (
       SELECT code, ST_PointOnSurface(geom) AS p FROM admin_unit
       WHERE level = 'commune' AND valid_to IS NULL AND province_code = $1 AND geom IS NOT NULL
       ORDER BY code LIMIT 1) s`,
    [province],
  );
  if (!row) throw new Error(`no commune in ${province}`);
  return row;
}

export function siteRow(code: string, at: Point, tech = '4G', band = '1800', height = 30): string {
  return `${code};${decimal(at.lon)};${decimal(at.lat)};${at.code};${tech};${band};${height};đang hoạt động`;
}

export function form(fields: Record<string, string>, csv: string, fileName: string): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  data.set('file', new File([csv], fileName));
  return data;
}

export class Fixtures {
  readonly services: ReturnType<typeof createServices>;
  private n = 0;
  private readonly plans: number[] = [];
  private readonly observations: number[] = [];
  readonly places: Partial<Record<Side, Point>> = {};

  constructor(
    private readonly app: App,
    private readonly db: Database,
    readonly engine: string,
    private readonly adminToken: string,
  ) {
    this.services = createServices(db, fixedClock(TEST_TODAY));
  }

  unique(prefix: string): string {
    this.n += 1;
    return `${prefix}-${this.engine}-${this.n}`;
  }

  actor(name: ActorName, username: string | null, token: string | null): Actor {
    return {
      name,
      username,
      token,
      send: (method, path, init) => request(this.app, token, method, path, init),
    };
  }

  /** The matrix's actor, made once per database (`mx-<name>`); its password is userToken's convention. */
  async standardActor(name: ActorName): Promise<Actor> {
    if (name === 'anonymous') return this.actor(name, null, null);
    const username = `mx-${name}`;
    return this.actor(name, username, await userToken(this.db, username, SCOPES[name]));
  }

  /** A new account with the same roles and scope as `name` (for cells that change the account itself). */
  async cloneOf(name: ActorName): Promise<Actor & { password: string }> {
    if (name === 'anonymous') return { ...this.actor(name, null, null), password: '' };
    const username = this.unique(`mx-${name}`).toLowerCase();
    const password = `${username}-mật-khẩu-2026`;
    await this.services.users.add({ username, password, ...SCOPES[name] }, SYSTEM);
    const { token } = await this.services.users.createToken(username, 'matrix', SYSTEM);
    return { ...this.actor(name, username, token), password };
  }

  async session(username: string, password: string): Promise<{ cookie: string; csrf: string }> {
    const response = await this.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (response.status !== 200) throw new Error(`login of ${username}: ${response.status}`);
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: csrfToken };
  }

  /** An API token of `username`, made out of band; its id. */
  async tokenOf(username: string): Promise<number> {
    return (await this.services.users.createToken(username, 'matrix', SYSTEM)).stored.id;
  }

  private async admin(method: string, path: string, json?: unknown): Promise<Record<string, unknown>> {
    const answer = await request(this.app, this.adminToken, method, path, json === undefined ? {} : { json });
    if (answer.status >= 300) throw new Error(`fixture ${method} ${path}: ${answer.status} ${answer.text}`);
    return answer.body;
  }

  planBody(code: string, scopeUnit: string, titleVi = 'Kế hoạch thử phân quyền') {
    return {
      plan: {
        code,
        titleVi,
        issuer: 'Cơ quan thử',
        issuedOn: '2025-09-01',
        periodStart: 2025,
        periodEnd: 2030,
        scopeUnit,
      },
      targets: [{ indicator: 'HH_INTERNET', comparator: '>=', value: 90, deadline: 2030 }],
    };
  }

  /** A plan code not yet used, remembered for clean-up once the test has created it. */
  newPlanCode(): string {
    return this.unique('MX-PLAN');
  }

  /** A plan of scope `scopeUnit` (VN, 19, 01) made by the admin. */
  async plan(scopeUnit: string): Promise<{ id: number; code: string }> {
    const code = this.newPlanCode();
    const { id } = (await this.admin('POST', '/api/plans', this.planBody(code, scopeUnit))) as { id: number };
    this.plans.push(id);
    return { id, code };
  }

  readonly targetBody = { indicator: 'IT_PARKS', comparator: '>=', value: 3, deadline: 2030 };

  async target(scopeUnit: string): Promise<number> {
    const { id } = await this.plan(scopeUnit);
    return (await this.admin('POST', `/api/plans/${id}/targets`, this.targetBody)).id as number;
  }

  /** A manual figure of a unit, in a far-future month of its own (deleted after the test). */
  observationBody(unit: string, value = 50) {
    this.n += 1;
    const period = `${2040 + Math.floor(this.n / 12)}-${String((this.n % 12) + 1).padStart(2, '0')}`;
    return { indicator: 'HH_INTERNET', unit, period, value };
  }

  async observation(unit: string): Promise<number> {
    const id = (await this.admin('POST', '/api/observations', this.observationBody(unit))).id as number;
    this.observations.push(id);
    return id;
  }

  rememberCreated(kind: 'plan' | 'observation', answer: Answer): void {
    const id = answer.body.id;
    if (answer.status === 201 && typeof id === 'number')
      (kind === 'plan' ? this.plans : this.observations).push(id);
  }

  /** A sites file of one new site of the side's operator in the side's province. */
  sitesForm(side: Side, submit: boolean): FormData {
    const place = this.places[side];
    if (!place) throw new Error('places not loaded');
    const at = { ...place, lon: place.lon + (this.n % 50) * 0.00002 };
    const csv = [SITES_HEADER, siteRow(this.unique('MX-SITE'), at)].join('\r\n');
    return form({ operator: OPERATOR[side], period: '2025-Q4', submit: String(submit) }, csv, 'tram.csv');
  }

  /** An IT parks list (a province dataset) of one park in the side's province. */
  parksForm(side: Side, submit: boolean): FormData {
    const csv = [
      PARKS_HEADER,
      `${this.unique('MX-PARK')};Khu CNTT thử phân quyền;${PROVINCE[side]};12,5;Đang xây dựng`,
    ];
    const fields = { datasetType: 'it_parks', organisation: PARK_SENDER[side], period: '2025' };
    return form({ ...fields, submit: String(submit) }, csv.join('\r\n'), 'khu-cntt.csv');
  }

  /** A stored submission (draft, or submitted) sent by `sender`; its id. */
  async submission(sender: Actor, kind: 'sites' | 'parks', side: Side, submit: boolean): Promise<number> {
    const data = kind === 'sites' ? this.sitesForm(side, submit) : this.parksForm(side, submit);
    const answer = await sender.send('POST', '/api/submissions', { form: data });
    const id = (answer.body.submission as { id?: number } | null)?.id;
    if (answer.status !== 201 || id === undefined) throw new Error(`upload: ${answer.status} ${answer.text}`);
    return id;
  }

  /** A new viewer account; its username. */
  async user(): Promise<string> {
    const username = this.unique('mx-user').toLowerCase();
    await this.services.users.add({ username, roles: ['viewer'] }, SYSTEM);
    return username;
  }

  /** Removes the plans and figures the matrix left (other test files share the database). */
  async cleanUp(): Promise<void> {
    for (const id of this.observations)
      await request(this.app, this.adminToken, 'DELETE', `/api/observations/${id}`);
    for (const id of this.plans) await request(this.app, this.adminToken, 'DELETE', `/api/plans/${id}`);
  }
}

/**
 * Points in communes of other provinces, each 3.5 km or more (beyond a 5G site's rural radius) from a
 * village of province 19 without 5G whose nearest 5G site is much farther, and far from each other: a
 * 5G site at one becomes that village's nearest without covering it, so the gap list of province 19
 * names a site of another province (whose officers, not province 19's, may see it).
 */
export async function pointsBeyondProvince19(db: Database, count: number): Promise<Point[]> {
  const rows = await db.query<Point & { nearest: number; d: number }>(
    `WITH gap AS (
       SELECT v.geom, c.nearest_distances_m[4] AS nearest
       FROM village_coverage c JOIN village v ON v.id = c.village_id JOIN admin_unit u ON u.id = v.commune_id
       WHERE u.province_code = '19' AND (c.covered_mask & 8) = 0 AND c.nearest_distances_m[4] > 9000),
     pair AS (
       SELECT g.geom AS village, g.nearest, n.code, ST_ClosestPoint(ST_Buffer(n.geom, -0.035), g.geom) AS p
       FROM gap g JOIN admin_unit n ON n.level = 'commune' AND n.valid_to IS NULL AND n.province_code <> '19'
         AND ST_DWithin(n.geom, g.geom, 0.02))
     SELECT code, ST_X(p) AS lon, ST_Y(p) AS lat, nearest, ST_Distance(p::geography, village::geography) AS d
     FROM pair WHERE p IS NOT NULL AND NOT ST_IsEmpty(p) ORDER BY code, d`,
  );
  const chosen: Point[] = [];
  for (const r of rows) {
    if (r.d < 3500 || r.d > r.nearest - 3000) continue;
    // 0.15° (> 15 km) apart, so each new site is the nearest of its own villages.
    if (chosen.some((c) => Math.hypot(c.lon - r.lon, c.lat - r.lat) < 0.15)) continue;
    chosen.push({ code: r.code, lon: r.lon, lat: r.lat });
    if (chosen.length === count) return chosen;
  }
  throw new Error(`only ${chosen.length} places for sites beyond province 19`);
}

export interface NearestSite {
  site: string | null;
  operator: string | null;
}

/** The 5G gap list of province 19 as stored: village → nearest 5G site, its operator and province. */
export async function gapTruth(
  db: Database,
): Promise<Map<string, NearestSite & { province: string | null }>> {
  const rows = await db.query<{ village: string } & NearestSite & { province: string | null }>(
    `SELECT v.village_code AS village, s.site_code AS site, s.operator, su.province_code AS province
     FROM village_coverage c JOIN village v ON v.id = c.village_id JOIN admin_unit u ON u.id = v.commune_id
     LEFT JOIN mobile_site s ON s.id = c.nearest_site_ids[4] LEFT JOIN admin_unit su ON su.id = s.commune_id
     WHERE u.province_code = '19' AND (c.covered_mask & 8) = 0`,
  );
  return new Map(rows.map(({ village, ...rest }) => [village, rest]));
}

/** Splits CSV text (`;`, RFC 4180 quotes, CRLF) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted || (ch !== ';' && ch !== '\n' && ch !== '\r')) field += ch;
    else if (ch !== '\r') {
      rows[rows.length - 1]?.push(field);
      field = '';
      if (ch === '\n') rows.push([]);
    }
  }
  return rows.filter((row) => row.length > 1);
}

const nearest = (site: unknown, operator: unknown): NearestSite => ({
  site: typeof site === 'string' && site !== '' ? site : null,
  operator: typeof operator === 'string' && operator !== '' ? operator : null,
});

/** `/api/gaps?tech=5G&unit=19` in one format as `token` reads it: village → the nearest site it is shown. */
export async function gapList(
  app: App,
  token: string | null,
  format: 'json' | 'csv' | 'xlsx' | 'geojson',
): Promise<Map<string, NearestSite>> {
  const path = `/api/gaps?tech=5G&unit=19&format=${format}`;
  const get = (p: string) => app.request(p, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const out = new Map<string, NearestSite>();
  if (format === 'json') {
    type Page = { items: { villageCode: string; nearestSiteCode: unknown; nearestOperator: unknown }[] };
    for (let offset = 0; ; offset += 1000) {
      const page = (await (await get(`${path}&limit=1000&offset=${offset}`)).json()) as Page;
      for (const g of page.items) out.set(g.villageCode, nearest(g.nearestSiteCode, g.nearestOperator));
      if (page.items.length < 1000) return out;
    }
  }
  const response = await get(path);
  if (format === 'geojson') {
    const { features } = (await response.json()) as { features: { properties: Record<string, unknown> }[] };
    for (const { properties: p } of features)
      out.set(String(p.villageCode), nearest(p.nearestSiteCode, p.nearestOperator));
  } else if (format === 'csv') {
    const [, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    for (const r of rows) out.set(r[3] ?? '', nearest(r[9], r[10]));
  } else {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    workbook.worksheets[0]?.eachRow((row, n) => {
      if (n > 2) out.set(String(row.getCell(4).value), nearest(row.getCell(10).value, row.getCell(11).value));
    });
  }
  return out;
}
