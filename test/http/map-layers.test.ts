import { beforeAll, expect, it } from 'vitest';
import {
  ACTOR_NAMES,
  type Actor,
  type ActorName,
  Fixtures,
  form,
  pointIn,
  SITES_HEADER,
  siteRow,
} from '../support/authorization-fixtures.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { adminToken, testApp, userToken } from '../support/test-app.ts';

/**
 * The map explorer's layers (GET /api/map/sites, /villages, /facilities) against the tables they read:
 * every figure expected here is counted or read from the database by a statement of the test's own,
 * and who sees which site follows the policy (src/core/auth/policy.ts, `siteVisible`) written by hand.
 * Besides the demo inventory of province 19, the suite approves sites of VIETTEL and VNPT in 01, a data
 * centre and an IT park in 01 (real, not synthetic rows), so the other-province cases are not empty.
 */

type App = ReturnType<typeof testApp>;

interface Feature {
  type: string;
  geometry: { type: string; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
}
interface Layer {
  status: number;
  contentType: string | null;
  body: {
    type?: string;
    total?: number;
    features?: Feature[];
    error?: { code: string; details?: { field?: string } };
  };
}

interface SiteTruth {
  code: string;
  operator: string;
  province: string;
  lon: number;
  lat: number;
  technologies: string[];
  communeCode: string;
  shared: boolean;
  status: string;
  synthetic: boolean;
}

async function layer(app: App, token: string | null, path: string): Promise<Layer> {
  const response = await app.request(path, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const contentType = response.headers.get('content-type');
  return { status: response.status, contentType, body: (await response.json()) as Layer['body'] };
}

const features = (l: Layer): Feature[] => l.body.features ?? [];
const siteKey = (operator: unknown, code: unknown) => `${String(operator)}/${String(code)}`;
const keysOf = (l: Layer) =>
  features(l)
    .map((f) => siteKey(f.properties.operator, f.properties.code))
    .sort();

/** Issue 5: an operator's own sites, the officer's province's, all for planners and admins. */
function maySee(actor: ActorName, site: { operator: string; province: string }): boolean {
  return (
    actor === 'admin' ||
    actor === 'planner' ||
    (actor === 'operator' && site.operator === 'VIETTEL') ||
    (actor === 'officer' && site.province === '19')
  );
}

describeEachEngine('map layers as GeoJSON (issue 6)', (db, engine) => {
  let app: App;
  let x: Fixtures;
  const actors = {} as Record<ActorName, Actor>;
  let planner: string;
  /** The server's error log, shown when a fixture's upload fails. */
  const logs: string[] = [];

  /** Every site of the provinces, as stored. */
  const sitesIn = (province: string) =>
    db().query<SiteTruth>(
      `SELECT s.site_code AS code, s.operator, u.province_code AS province, ST_X(s.geom) AS lon, ST_Y(s.geom) AS lat,
         s.technologies, u.code AS "communeCode", s.shared, s.status, s.synthetic
       FROM mobile_site s, admin_unit u WHERE u.id = s.commune_id AND u.province_code = $1`,
      [province],
    );

  const approve = async (id: number) => {
    const response = await app.request(`/api/submissions/${id}/approve`, {
      method: 'POST',
      headers: { authorization: `Bearer ${planner}` },
    });
    expect(response.status).toBe(200);
  };

  /** Uploads (submitted) and approves a file; the sender is never the reviewer. */
  const uploadAndApprove = async (token: string, data: FormData) => {
    const response = await app.request('/api/submissions', {
      method: 'POST',
      body: data,
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as { submission: { id: number } | null; errors: unknown[] };
    expect(response.status, `${JSON.stringify(body.errors)} ${logs.join('\n')}`).toBe(201);
    await approve(body.submission?.id ?? 0);
  };

  beforeAll(async () => {
    app = testApp(db(), logs);
    const admin = await adminToken(db());
    x = new Fixtures(app, db(), engine, admin);
    for (const name of ACTOR_NAMES) actors[name] = await x.standardActor(name);
    planner = await userToken(db(), 'map-reviewer', { roles: ['national_planner'] });
    // Sites of VIETTEL and VNPT in Hà Nội (01): outside the officer's province 19.
    const at = await pointIn(db(), '01');
    for (const operator of ['VIETTEL', 'VNPT']) {
      const sender = await userToken(db(), `map-${operator.toLowerCase()}`, {
        roles: ['operator'],
        operator,
      });
      const rows = [0, 1].map((i) =>
        siteRow(
          x.unique(`MAP-${operator}`),
          { ...at, lon: at.lon + i * 0.0001 },
          i === 0 ? '4G' : '5G',
          i === 0 ? '1800' : '3500',
        ),
      );
      const csv = [SITES_HEADER, ...rows].join('\r\n');
      await uploadAndApprove(sender, form({ operator, period: '2025-Q4', submit: 'true' }, csv, 'tram.csv'));
    }
    // A data centre and an IT park in 01 (the demo of the test database has neither).
    const dc = [
      'Mã trung tâm dữ liệu;Tên;Đơn vị vận hành;Kinh độ;Vĩ độ;Mã xã;Công suất (MW)',
      `${x.unique('MAP-DC')};Trung tâm dữ liệu thử bản đồ;VNPT;${at.lon.toFixed(6).replace('.', ',')};${at.lat.toFixed(6).replace('.', ',')};${at.code};4,5`,
    ].join('\r\n');
    const fields = { organisation: 'Sở KH&CN Hà Nội', period: '2025', submit: 'true' };
    await uploadAndApprove(admin, form({ ...fields, datasetType: 'data_centres' }, dc, 'ttdl.csv'));
    await uploadAndApprove(admin, x.parksForm('other', true));
  });

  it('serves every site of a province as stored, to a national planner and an admin', async () => {
    for (const province of ['19', '01']) {
      const truth = await sitesIn(province);
      expect(truth.length).toBeGreaterThan(0);
      const byKey = new Map(truth.map((s) => [siteKey(s.operator, s.code), s]));
      for (const actor of ['planner', 'admin'] as const) {
        const answer = await layer(app, actors[actor].token, `/api/map/sites?province=${province}`);
        expect(answer.status).toBe(200);
        expect(answer.contentType).toBe('application/geo+json; charset=utf-8');
        expect(answer.body.type).toBe('FeatureCollection');
        expect(answer.body.total).toBe(truth.length);
        expect(keysOf(answer)).toEqual([...byKey.keys()].sort());
        for (const f of features(answer)) {
          const s = byKey.get(siteKey(f.properties.operator, f.properties.code));
          expect(f.type).toBe('Feature');
          expect(f.geometry).toEqual({ type: 'Point', coordinates: [s?.lon, s?.lat] });
          expect(f.properties).toEqual({
            code: s?.code,
            operator: s?.operator,
            technologies: s?.technologies,
            communeCode: s?.communeCode,
            status: s?.status,
            shared: s?.shared,
            synthetic: s?.synthetic,
          });
        }
      }
    }
  });

  it('marks the demo sites synthetic and uploaded ones not', async () => {
    const [counts] = await db().query<{ synthetic: number; real: number }>(
      `SELECT count(*) FILTER (WHERE s.synthetic)::integer AS synthetic, count(*) FILTER (WHERE NOT s.synthetic)::integer AS real
       FROM mobile_site s JOIN admin_unit u ON u.id = s.commune_id WHERE u.province_code = '01'`,
    );
    const hanoi = features(await layer(app, actors.planner.token, '/api/map/sites?province=01'));
    expect(hanoi.filter((f) => f.properties.synthetic === false)).toHaveLength(counts?.real ?? -1);
    expect(hanoi.filter((f) => f.properties.synthetic === true)).toHaveLength(counts?.synthetic ?? -1);
    const thaiNguyen = features(await layer(app, actors.planner.token, '/api/map/sites?province=19'));
    const demo = (await sitesIn('19')).filter((s) => s.synthetic).length;
    expect(demo).toBeGreaterThan(1000);
    expect(thaiNguyen.filter((f) => f.properties.synthetic === true)).toHaveLength(demo);
  });

  it('filters by operator and technology, in any letter case', async () => {
    const truth = await sitesIn('19');
    const cases = [
      ['operator=VNPT', (s: SiteTruth) => s.operator === 'VNPT'],
      ['operator=viettel', (s: SiteTruth) => s.operator === 'VIETTEL'],
      ['technology=5G', (s: SiteTruth) => s.technologies.includes('5G')],
      ['technology=2g', (s: SiteTruth) => s.technologies.includes('2G')],
      [
        'operator=MOBIFONE&technology=5G',
        (s: SiteTruth) => s.operator === 'MOBIFONE' && s.technologies.includes('5G'),
      ],
      ['operator=ITEL', (s: SiteTruth) => s.operator === 'ITEL'],
    ] as const;
    for (const [filter, keep] of cases) {
      const answer = await layer(app, actors.planner.token, `/api/map/sites?province=19&${filter}`);
      expect(answer.status, filter).toBe(200);
      const expected = truth.filter(keep).map((s) => siteKey(s.operator, s.code));
      expect(keysOf(answer), filter).toEqual(expected.sort());
      expect(answer.body.total, filter).toBe(expected.length);
    }
    // The filters select something where the demo has it (5G of MobiFone exists in 19).
    expect(
      truth.filter((s) => s.operator === 'MOBIFONE' && s.technologies.includes('5G')).length,
    ).toBeGreaterThan(0);
  });

  it('shows each actor exactly the sites the policy lets them see, in their province and another', async () => {
    const mixed = await userToken(db(), 'map-operator-officer', {
      roles: ['operator', 'provincial_officer'],
      operator: 'VIETTEL',
      provinces: ['19'],
    });
    for (const province of ['19', '01']) {
      const truth = await sitesIn(province);
      // Both operators have sites in both provinces: every rule is exercised on both sides.
      for (const operator of ['VIETTEL', 'VNPT'])
        expect(
          truth.some((s) => s.operator === operator),
          `${operator} in ${province}`,
        ).toBe(true);
      for (const actor of ACTOR_NAMES) {
        const answer = await layer(app, actors[actor].token, `/api/map/sites?province=${province}`);
        if (actor === 'anonymous' || actor === 'viewer') {
          expect(answer.status).toBe(actor === 'anonymous' ? 401 : 403);
          expect(answer.body.error?.code).toBe(actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          continue;
        }
        const expected = truth.filter((s) => maySee(actor, s)).map((s) => siteKey(s.operator, s.code));
        expect(keysOf(answer), `${actor} in ${province}`).toEqual(expected.sort());
        expect(answer.body.total).toBe(expected.length);
      }
      // Operator of VIETTEL and officer of 19 at once: either right suffices (the union of the roles).
      const both = await layer(app, mixed, `/api/map/sites?province=${province}`);
      const union = truth.filter((s) => s.operator === 'VIETTEL' || s.province === '19');
      expect(keysOf(both)).toEqual(union.map((s) => siteKey(s.operator, s.code)).sort());
    }
    // The officer of 19 asking for 01 gets an empty collection, not an error: 01's sites are not theirs.
    const empty = await layer(app, actors.officer.token, '/api/map/sites?province=01');
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ type: 'FeatureCollection', total: 0, features: [] });
    // A filter never widens what is seen: VNPT's sites stay hidden from VIETTEL's staff.
    const vnpt = await layer(app, actors.operator.token, '/api/map/sites?province=01&operator=VNPT');
    expect(vnpt.body.total).toBe(0);
  });

  it('serves the villages of a province to anyone, with the stored coverage and fibre', async () => {
    const truth = await db().query<{
      code: string;
      name: string;
      commune: string;
      lon: number;
      lat: number;
      population: number;
      households: number;
      synthetic: boolean;
      mask: number | null;
      fibre: boolean | null;
    }>(
      `SELECT v.village_code AS code, v.name, u.code AS commune, ST_X(v.geom) AS lon, ST_Y(v.geom) AS lat,
         v.population, v.households, v.synthetic, c.covered_mask AS mask, f.fibre
       FROM village v JOIN admin_unit u ON u.id = v.commune_id
       LEFT JOIN village_coverage c ON c.village_id = v.id
       LEFT JOIN (SELECT village_id, bool_or(ftth) AS fibre FROM fixed_broadband GROUP BY village_id) f
         ON f.village_id = v.id
       WHERE u.province_code = '19'`,
    );
    expect(truth.length).toBeGreaterThan(2000);
    const answer = await layer(app, null, '/api/map/villages?province=19');
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('application/geo+json; charset=utf-8');
    expect(answer.body.total).toBe(truth.length);
    const byCode = new Map(features(answer).map((f) => [String(f.properties.code), f]));
    expect(byCode.size).toBe(truth.length);
    const flags = (mask: number) => ({
      '2G': (mask & 1) === 1,
      '3G': (mask & 2) === 2,
      '4G': (mask & 4) === 4,
      '5G': (mask & 8) === 8,
    });
    for (const v of truth) {
      const f = byCode.get(v.code);
      expect(f?.geometry).toEqual({ type: 'Point', coordinates: [v.lon, v.lat] });
      expect(f?.properties).toEqual({
        code: v.code,
        name: v.name,
        communeCode: v.commune,
        population: v.population,
        households: v.households,
        coverage: v.mask === null ? null : flags(v.mask),
        fixedBroadband: v.fibre === true,
        synthetic: v.synthetic,
      });
    }
    // The demo's villages are synthetic; coverage differs between them (some lack 5G, most have 4G).
    const demo = features(answer).filter((f) => f.properties.synthetic === true);
    expect(demo.length).toBe(truth.filter((v) => v.synthetic).length);
    expect(demo.length).toBeGreaterThan(2000);
    const coverage = demo.map((f) => f.properties.coverage as Record<string, boolean>);
    expect(coverage.some((c) => c['5G'] === false)).toBe(true);
    expect(coverage.some((c) => c['4G'] === true)).toBe(true);
  });

  it('serves data centres, IT parks and postal facilities, of the country or a province', async () => {
    // A facility's province: its commune's, or (IT parks) the unit it is stored with.
    const kinds = [
      ['data_centre', 'data_centre', 'commune_id', 'province_code'],
      ['it_park', 'it_park', 'province_id', 'code'],
      ['postal', 'postal_facility', 'commune_id', 'province_code'],
    ] as const;
    const counts = async (
      [, table, unitColumn, provinceColumn]: (typeof kinds)[number],
      province: string | null,
    ) =>
      (
        await db().query<{ n: number; synthetic: number }>(
          `SELECT count(*)::integer AS n, count(*) FILTER (WHERE t.synthetic)::integer AS synthetic
           FROM ${table} t JOIN admin_unit u ON u.id = t.${unitColumn}
           WHERE $1::text IS NULL OR u.${provinceColumn} = $1`,
          [province],
        )
      )[0];
    for (const spec of kinds) {
      const [kind] = spec;
      for (const province of [null, '01', '19']) {
        const path = `/api/map/facilities?kind=${kind}${province ? `&province=${province}` : ''}`;
        const answer = await layer(app, null, path);
        expect(answer.status, path).toBe(200);
        expect(answer.contentType).toBe('application/geo+json; charset=utf-8');
        const truth = await counts(spec, province);
        expect(answer.body.total, path).toBe(truth?.n);
        expect(features(answer).filter((f) => f.properties.synthetic === true).length, path).toBe(
          truth?.synthetic,
        );
        for (const f of features(answer)) {
          expect(f.properties.kind).toBe(kind);
          if (province) expect(f.properties.provinceCode).toBe(province);
        }
      }
    }
    // What this suite added in 01 is there, with its figures; demo postal centres are synthetic.
    const centres = features(await layer(app, null, '/api/map/facilities?kind=data_centre&province=01'));
    const added = centres.find((f) => String(f.properties.code).startsWith('MAP-DC'));
    expect(added?.properties).toMatchObject({
      capacityMw: 4.5,
      operator: 'VNPT',
      synthetic: false,
      approximate: false,
    });
    const postal = features(await layer(app, null, '/api/map/facilities?kind=postal&province=19'));
    expect(postal.length).toBeGreaterThan(0);
    expect(postal.every((f) => f.properties.synthetic === true && f.properties.communeCode !== null)).toBe(
      true,
    );
    // IT parks are stored by province: placed at a point inside it, and marked approximate.
    const parks = features(await layer(app, null, '/api/map/facilities?kind=it_park&province=01'));
    expect(parks.length).toBeGreaterThan(0);
    for (const park of parks) {
      expect(park.properties).toMatchObject({ approximate: true, communeCode: null });
      const [inside] = await db().query<{ inside: boolean }>(
        `SELECT ST_Covers(geom, ST_SetSRID(ST_MakePoint($1, $2), 4326)) AS inside FROM admin_unit
         WHERE code = '01' AND level = 'province' AND valid_to IS NULL`,
        park.geometry?.coordinates ?? [0, 0],
      );
      expect(inside?.inside).toBe(true);
    }
  });

  it('refuses missing, malformed and unknown parameters naming them, and unknown provinces as units do', async () => {
    const token = actors.planner.token;
    const refusals: [string, number, string, string?][] = [
      ['/api/map/sites', 400, 'INVALID_PARAMETER', 'province'],
      ['/api/map/sites?province=', 400, 'INVALID_PARAMETER', 'province'],
      ['/api/map/sites?province=1', 400, 'INVALID_PARAMETER', 'province'],
      ['/api/map/sites?province=01834', 400, 'INVALID_PARAMETER', 'province'],
      ['/api/map/sites?province=19&operator=FPT', 400, 'INVALID_PARAMETER', 'operator'],
      ['/api/map/sites?province=19&technology=6G', 400, 'INVALID_PARAMETER', 'technology'],
      ['/api/map/sites?province=19&tech=4G', 400, 'INVALID_PARAMETER', 'tech'],
      ['/api/map/villages', 400, 'INVALID_PARAMETER', 'province'],
      ['/api/map/villages?province=19&operator=VNPT', 400, 'INVALID_PARAMETER', 'operator'],
      ['/api/map/facilities', 400, 'INVALID_PARAMETER', 'kind'],
      ['/api/map/facilities?kind=tower', 400, 'INVALID_PARAMETER', 'kind'],
      ['/api/map/facilities?kind=postal&province=VN', 400, 'INVALID_PARAMETER', 'province'],
      ['/api/map/facilities?kind=postal&date=2025-01-01', 400, 'INVALID_PARAMETER', 'date'],
      ['/api/map/sites?province=99', 404, 'UNIT_NOT_FOUND'],
      ['/api/map/villages?province=99', 404, 'UNIT_NOT_FOUND'],
      // Bắc Kạn (06) was merged into Thái Nguyên (19) on 1 July 2025.
      ['/api/map/villages?province=06', 404, 'UNIT_NOT_IN_FORCE'],
      ['/api/map/facilities?kind=it_park&province=06', 404, 'UNIT_NOT_IN_FORCE'],
    ];
    for (const [path, status, code, field] of refusals) {
      const answer = await layer(app, token, path);
      expect(answer.status, path).toBe(status);
      expect(answer.contentType, path).toMatch(/^application\/json/);
      expect(answer.body.error?.code, path).toBe(code);
      if (field) expect(answer.body.error?.details?.field, path).toBe(field);
    }
    const english = await app.request('/api/map/villages?lang=en');
    expect(((await english.json()) as { error: { message: string } }).error.message).toMatch(
      /Parameter "province".*current province code/,
    );
  });
});
