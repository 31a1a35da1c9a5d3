import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { getJson, testApp, userToken } from '../support/test-app.ts';

interface GapBody {
  items: {
    villageCode: string;
    communeCode: string;
    provinceCode: string;
    synthetic: boolean;
    nearestDistanceM: number | null;
    nearestSiteCode: string | null;
    nearestOperator: string | null;
  }[];
  total: number;
}

describeEachEngine('coverage, computed indicators and gaps', (db) => {
  let app: ReturnType<typeof testApp>;
  beforeAll(() => {
    app = testApp(db());
  });

  it('computes village coverage for every synthetic village', async () => {
    const [row] = await db().query<{ villages: number; computed: number }>(
      `SELECT (SELECT count(*)::integer FROM village) AS villages, (SELECT count(*)::integer FROM village_coverage) AS computed`,
    );
    expect(row?.computed).toBe(row?.villages);
  });

  it('stores computed indicators whose province share is the ratio of its communes’ sums', async () => {
    const rows = await db().query<{ level: string; numerator: number; denominator: number; value: number }>(
      `SELECT u.level, o.numerator, o.denominator, o.value FROM observation o JOIN admin_unit u ON u.id = o.unit_id
       WHERE o.indicator_code = 'VILLAGE_MBB_COVERAGE' AND o.provenance_kind = 'computation' AND o.period = '2025'
         AND (u.province_code = '19' OR u.level = 'country')`,
    );
    const communes = rows.filter((r) => r.level === 'commune');
    const province = rows.find((r) => r.level === 'province');
    expect(communes).toHaveLength(92);
    const num = communes.reduce((s, r) => s + r.numerator, 0);
    const den = communes.reduce((s, r) => s + r.denominator, 0);
    expect(province?.numerator).toBe(num);
    expect(province?.denominator).toBe(den);
    expect(province?.value).toBeCloseTo((100 * num) / den, 10);
  });

  it('shows the computed values on the province page data', async () => {
    const { body } = await getJson<{
      items: { indicator: { code: string }; value: number; provenance: { kind: string }[] }[];
    }>(app, '/api/units/19/indicators?period=2025');
    const sites = body.items.find((i) => i.indicator.code === 'MOBILE_SITES');
    expect(sites?.value).toBeGreaterThan(1500);
    expect(sites?.provenance[0]?.kind).toBe('computation');
  });

  it('lists villages without 5G in Thái Nguyên with the nearest 5G site', async () => {
    const planner = await userToken(db(), 'gaps-planner', { roles: ['national_planner'] });
    const { status, body } = await getJson<GapBody>(app, '/api/gaps?tech=5G&unit=19&limit=20', {
      authorization: `Bearer ${planner}`,
    });
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.length).toBeLessThanOrEqual(20);
    for (const gap of body.items) {
      expect(gap.provinceCode).toBe('19');
      expect(gap.synthetic).toBe(true);
      expect(gap.nearestSiteCode).not.toBeNull();
      expect(gap.nearestDistanceM).toBeGreaterThan(0);
    }
    const commune = body.items[0]?.communeCode ?? '';
    const inCommune = await getJson<GapBody>(app, `/api/gaps?tech=5G&unit=${commune}`);
    expect(inCommune.body.items.every((g) => g.communeCode === commune)).toBe(true);
    expect(inCommune.body.total).toBeLessThanOrEqual(body.total);
  });

  it('names the nearest site only to those who may see it (site-level operator data)', async () => {
    // 5G: the submission journey adds 4G sites on this province's 4G gaps, which may leave none.
    const path = '/api/gaps?tech=5G&unit=19&limit=1000';
    const as = async (token: string | null) =>
      (await getJson<GapBody>(app, path, token ? { authorization: `Bearer ${token}` } : {})).body.items;
    const planner = await as(await userToken(db(), 'gaps-planner', { roles: ['national_planner'] }));
    const named = planner.filter((g) => g.nearestSiteCode !== null);
    expect(named.length).toBeGreaterThan(0);
    // The public and viewers: villages and distances, never a site code or its operator.
    for (const token of [null, await userToken(db(), 'gaps-viewer', { roles: ['viewer'] })]) {
      const items = await as(token);
      expect(items.map((g) => g.villageCode)).toEqual(planner.map((g) => g.villageCode));
      expect(items.map((g) => g.nearestDistanceM)).toEqual(planner.map((g) => g.nearestDistanceM));
      expect(items.every((g) => g.nearestSiteCode === null && g.nearestOperator === null)).toBe(true);
    }
    const csv = await (await app.request('/api/gaps?tech=5G&unit=19&format=csv')).text();
    for (const g of named.slice(0, 50)) expect(csv).not.toContain(`;${g.nearestSiteCode};`);
    // An operator: its own sites only.
    const viettel = await as(
      await userToken(db(), 'gaps-viettel', { roles: ['operator'], operator: 'VIETTEL' }),
    );
    viettel.forEach((g, i) => {
      const full = planner[i];
      expect(g.nearestSiteCode).toBe(full?.nearestOperator === 'VIETTEL' ? full.nearestSiteCode : null);
    });
    expect(viettel.some((g) => g.nearestOperator === 'VIETTEL')).toBe(true);
  });

  it('exports the gap list as CSV, XLSX and GeoJSON', async () => {
    const json = await getJson<GapBody>(app, '/api/gaps?tech=5G&unit=19&limit=1000');
    const csv = await app.request('/api/gaps?tech=5G&unit=19&format=csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    // A UTF-8 byte order mark, so Excel opens the Vietnamese text correctly.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('Mã tỉnh;Mã xã;')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(json.body.total + 1);
    const geo = (await (await app.request('/api/gaps?tech=5G&unit=19&format=geojson')).json()) as {
      features: { geometry: { type: string }; properties: { synthetic: boolean } }[];
    };
    expect(geo.features).toHaveLength(json.body.total);
    expect(geo.features.every((f) => f.geometry.type === 'Point' && f.properties.synthetic)).toBe(true);
    const xlsx = await app.request('/api/gaps?tech=5G&unit=19&format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets[0]?.rowCount).toBe(json.body.total + 2);
  });

  it.each([
    ['/api/gaps?tech=6G', 'tech'],
    ['/api/gaps?format=pdf', 'format'],
    ['/api/gaps?unit=06&date=2025-06-30', 'unit'],
  ])('refuses %s', async (path, field) => {
    const { status, body } = await getJson<{ error: { code: string; details: { field: string } } }>(
      app,
      path,
    );
    expect(status).toBe(400);
    expect(body.error.details.field).toBe(field);
  });
});
