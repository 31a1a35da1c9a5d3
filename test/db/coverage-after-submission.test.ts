import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { CLI_CALLER } from '../../src/services/auth/caller.ts';
import { fixedClock } from '../../src/services/clock.ts';
import type { SubmissionCoverageSummary } from '../../src/services/inventory/coverage-service.ts';
import { createServices, type Services } from '../../src/services/services.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { getJson, TEST_TODAY, testApp } from '../support/test-app.ts';

/**
 * After a site submission commits, coverage and indicators are brought up to date from the coverage
 * the service keeps in memory, writing only what changed; the result is what a full recompute
 * stores. Other test files change the shared database too: every expectation here is relative to
 * what the database holds when the test starts.
 */

const HEADER = 'Mã trạm;Kinh độ;Vĩ độ;Mã xã;Công nghệ;Băng tần;Độ cao anten (m);Trạng thái';
const decimal = (x: number) => x.toFixed(6).replace('.', ',');

interface Village {
  id: number;
  code: string;
  lon: number;
  lat: number;
  commune: string;
}

interface Observation {
  value: number;
  numerator: number | null;
  provenance: { kind: string; runId?: number };
}

/** A village of province 19 without any of the technology bits (4 = 4G, 8 = 5G), the `skip`-th by population. */
async function villageWithout(db: Database, bits: number, skip = 0): Promise<Village | undefined> {
  const [village] = await db.query<Village>(
    `SELECT v.id, v.village_code AS code, ST_X(v.geom) AS lon, ST_Y(v.geom) AS lat, u.code AS commune
     FROM village_coverage c JOIN village v ON v.id = c.village_id JOIN admin_unit u ON u.id = v.commune_id
     WHERE u.province_code = '19' AND (c.covered_mask & $1) = 0
     ORDER BY v.population DESC, v.id LIMIT 1 OFFSET $2`,
    [bits, skip],
  );
  return village;
}

async function uncoveredVillage(db: Database, bits: number, skip = 0): Promise<Village> {
  const village = await villageWithout(db, bits, skip);
  if (!village) throw new Error(`no village of province 19 without bits ${bits}`);
  return village;
}

/** A site row 50 m north of the village (4G 1800 MHz unless told), on air unless told. */
function siteNear(code: string, v: Village, tech = '4G', bands = '1800', status = 'Đang hoạt động'): string {
  return `${code};${decimal(v.lon)};${decimal(v.lat + 0.00045)};${v.commune};${tech};${bands};30;${status}`;
}

async function submit(services: Services, rows: string[], period = '2025') {
  const outcome = await services.imports.importSites({
    caller: CLI_CALLER,
    afterUpload: 'approve',
    operator: 'VIETTEL',
    period,
    fileName: 'tram.csv',
    bytes: new TextEncoder().encode([HEADER, ...rows].join('\r\n')),
    dryRun: false,
  });
  expect(outcome.errors).toEqual([]);
  expect(outcome.committed).toBe(true);
  const [run] = await services.db.query<{ id: number; summary: SubmissionCoverageSummary }>(
    'SELECT id, summary FROM computation_run ORDER BY id DESC LIMIT 1',
  );
  expect(run?.summary.submissionId).toBe(outcome.submission?.id);
  return run?.summary as SubmissionCoverageSummary;
}

/** Every stored village coverage row, without the run that wrote it. */
function coverageRows(db: Database) {
  return db.query(
    `SELECT village_id, covered_mask, nearest_site_ids, nearest_distances_m FROM village_coverage ORDER BY village_id`,
  );
}

/** Every computed value of a period, without the run that wrote it. */
function computedValues(db: Database, period: string) {
  return db.query(
    `SELECT indicator_code, unit_id, value, numerator, denominator FROM observation
     WHERE period = $1 AND provenance_kind = 'computation' ORDER BY indicator_code, unit_id`,
    [period],
  );
}

describeEachEngine('coverage and indicators after a submission', (db, engine) => {
  let services: Services;
  let app: ReturnType<typeof testApp>;
  const code = (name: string) => `CAS-${engine}-${name}`;
  const computed = async (indicator: string, unit: string) => {
    const { body } = await getJson<{ items: Observation[] }>(
      app,
      `/api/observations?indicator=${indicator}&unit=${unit}&period=2025`,
    );
    return body.items.find((o) => o.provenance.kind === 'computation');
  };

  beforeAll(async () => {
    services = createServices(db(), fixedClock(TEST_TODAY));
    app = testApp(db());
  });
  // Coverage in memory, as a server has it after its first computation.
  const warm = () => services.coverage.recompute({ period: '2025' });

  it('covers a village next to a new site: only its rows and its units’ indicators are written, visible at once', async () => {
    await warm();
    // Villages without 4G are few (a dozen in the test province, and other test files add sites):
    // one of them if any is left, else a village without 5G.
    const no4g = await villageWithout(db(), 4);
    const gap = no4g
      ? { village: no4g, tech: '4G', bit: 4, carriers: ['4G', '1800'], indicator: 'MBB_4G_POP_COVERAGE' }
      : {
          village: await uncoveredVillage(db(), 8),
          tech: '5G',
          bit: 8,
          carriers: ['4G,5G', '1800,3500'],
          indicator: 'MBB_5G_POP_COVERAGE',
        };
    const { village } = gap;
    const gaps = async () =>
      (
        await getJson<{ items: { villageCode: string }[] }>(
          app,
          `/api/gaps?tech=${gap.tech}&unit=${village.commune}&limit=1000`,
        )
      ).body.items.map((g) => g.villageCode);
    expect(await gaps()).toContain(village.code);
    const observed = async () => ({
      commune: await computed(gap.indicator, village.commune),
      province: await computed(gap.indicator, '19'),
      sites: await computed('MOBILE_SITES', village.commune),
    });
    const before = await observed();

    const summary = await submit(services, [siteNear(code('A'), village, ...gap.carriers)]);

    expect(summary).toMatchObject({
      mode: 'incremental',
      incremental: true,
      fallback: null,
      changedSites: 1,
    });
    // The province has ~2,800 villages, the country would have 100,000: a site reaches a few dozen.
    expect(summary.writtenCoverageRows).toBeGreaterThan(0);
    expect(summary.writtenCoverageRows).toBeLessThan(300);
    expect(summary.recomputedCommunes).toBeLessThan(10);
    const [{ mask, run } = { mask: 0, run: 0 }] = await db().query<{ mask: number; run: number }>(
      'SELECT covered_mask AS mask, run_id AS run FROM village_coverage WHERE village_id = $1',
      [village.id],
    );
    expect(mask & gap.bit).toBe(gap.bit);
    expect(run).toBe(summary.runId);
    // Visible at once through the API: the gap list and the commune's and province's values.
    expect(await gaps()).not.toContain(village.code);
    const after = await observed();
    expect(after.commune?.numerator).toBeGreaterThan(before.commune?.numerator ?? 0);
    expect(after.commune?.value).toBeGreaterThan(before.commune?.value ?? 0);
    expect(after.province?.numerator).toBeGreaterThan(before.province?.numerator ?? 0);
    expect(after.province?.value).toBeGreaterThan(before.province?.value ?? 0);
    expect(after.province?.provenance.runId).toBe(summary.runId);
    expect(after.sites?.value).toBe((before.sites?.value ?? 0) + 1);

    // Only the touched communes, the province and the country were written.
    const [written] = await db().query<{ units: number; rows: number; total: number }>(
      `SELECT count(DISTINCT unit_id) FILTER (WHERE computation_run_id = $1)::integer AS units,
         count(*) FILTER (WHERE computation_run_id = $1)::integer AS rows, count(*)::integer AS total
       FROM observation WHERE period = '2025' AND provenance_kind = 'computation'`,
      [summary.runId],
    );
    expect(written?.rows).toBe(summary.writtenObservations);
    expect(written?.units).toBeLessThanOrEqual(summary.recomputedCommunes + 2);
    expect(written?.rows).toBeLessThan((written?.total ?? 0) / 5);
  });

  it('after several incremental updates, stores exactly what a full recompute stores', async () => {
    await warm();
    const [v1, v2, v3] = [
      await uncoveredVillage(db(), 8, 0),
      await uncoveredVillage(db(), 8, 200),
      await uncoveredVillage(db(), 8, 400),
    ];
    const [synthetic] = await db().query<{ line: string; commune: string }>(
      // One of the demo's Viettel sites on air in the province, sent again as planned: it stops serving.
      `SELECT s.site_code || ';' || replace(ST_X(s.geom)::text, '.', ',') || ';' || replace(ST_Y(s.geom)::text, '.', ',')
         || ';' || u.code || ';' || (SELECT string_agg(c->>'technology', ',') FROM jsonb_array_elements(s.carriers) c)
         || ';' || (SELECT string_agg(c->>'bandMhz', ',') FROM jsonb_array_elements(s.carriers) c) || ';;Quy hoạch' AS line,
         u.code AS commune
       FROM mobile_site s JOIN admin_unit u ON u.id = s.commune_id
       WHERE s.operator = 'VIETTEL' AND s.status = 'operating' AND s.synthetic AND u.province_code = '19'
       ORDER BY s.id LIMIT 1`,
    );
    // A village every technology covers, in a commune nothing else here touches: a 2G site there covers
    // no new village, and moving it to v3 changes no village of that commune, only its count of sites.
    const [full] = await db().query<Village>(
      `SELECT v.id, v.village_code AS code, ST_X(v.geom) AS lon, ST_Y(v.geom) AS lat, u.code AS commune
       FROM village_coverage c JOIN village v ON v.id = c.village_id JOIN admin_unit u ON u.id = v.commune_id
       WHERE u.province_code = '19' AND c.covered_mask = 15 AND u.code <> ALL($1::text[]) ORDER BY v.id LIMIT 1`,
      [[v1, v2, v3, synthetic].map((x) => x?.commune ?? '')],
    );
    if (!v1 || !v2 || !v3 || !synthetic || !full) throw new Error('test data missing');

    const first = await submit(services, [
      siteNear(code('B'), v1, '4G,5G', '1800,3500'),
      siteNear(code('C'), v2, '4G,5G', '1800,3500'),
      siteNear(code('F'), full, '2G', '900'),
    ]);
    expect(first).toMatchObject({ mode: 'incremental', changedSites: 3 });
    // B and F move to other villages (they keep their index), C is sent again unchanged, a demo site stops.
    const second = await submit(services, [
      siteNear(code('B'), v3, '4G,5G', '1800,3500'),
      siteNear(code('C'), v2, '4G,5G', '1800,3500'),
      siteNear(code('F'), v3, '2G', '900'),
      synthetic.line,
    ]);
    expect(second).toMatchObject({ mode: 'incremental', changedSites: 3 });
    const incremental = { rows: await coverageRows(db()), values: await computedValues(db(), '2025') };
    await services.coverage.recompute({ period: '2025' });
    expect(await coverageRows(db())).toEqual(incremental.rows);
    expect(await computedValues(db(), '2025')).toEqual(incremental.values);

    // Another period: its values are compared with those stored for it, and equal a full recompute's.
    const third = await submit(
      services,
      [siteNear(code('C'), v2, '4G,5G', '1800,3500', 'Quy hoạch')],
      '2025-Q4',
    );
    expect(third).toMatchObject({ mode: 'incremental', changedSites: 1 });
    const q4 = { rows: await coverageRows(db()), values: await computedValues(db(), '2025-Q4') };
    await services.coverage.recompute({ period: '2025-Q4' });
    expect(await coverageRows(db())).toEqual(q4.rows);
    expect(await computedValues(db(), '2025-Q4')).toEqual(q4.values);
  });

  it('stays incremental when reviewers approve files in another order than they came', async () => {
    await warm();
    const [a, b] = [await uncoveredVillage(db(), 8, 600), await uncoveredVillage(db(), 8, 800)];
    if (!a || !b) throw new Error('test data missing');
    const upload = async (row: string) => {
      const outcome = await services.imports.importSites({
        caller: CLI_CALLER,
        afterUpload: 'submit',
        operator: 'VIETTEL',
        period: '2025',
        fileName: 'tram.csv',
        bytes: new TextEncoder().encode([HEADER, row].join('\r\n')),
        dryRun: false,
      });
      expect(outcome.submission?.status).toBe('submitted');
      return outcome.submission?.id ?? 0;
    };
    const earlier = await upload(siteNear(code('G'), a, '4G,5G', '1800,3500'));
    const later = await upload(siteNear(code('H'), b, '4G,5G', '1800,3500'));
    const summaryOf = async (id: number) => {
      await services.submissions.approve(id, CLI_CALLER, null);
      const [run] = await services.db.query<{ summary: SubmissionCoverageSummary }>(
        'SELECT summary FROM computation_run ORDER BY id DESC LIMIT 1',
      );
      expect(run?.summary.submissionId).toBe(id);
      return run?.summary;
    };
    expect(await summaryOf(later)).toMatchObject({ mode: 'incremental', fallback: null });
    expect(await summaryOf(earlier)).toMatchObject({ mode: 'incremental', fallback: null });
    const incremental = { rows: await coverageRows(db()), values: await computedValues(db(), '2025') };
    await services.coverage.recompute({ period: '2025' });
    expect(await coverageRows(db())).toEqual(incremental.rows);
    expect(await computedValues(db(), '2025')).toEqual(incremental.values);
  });

  it('computes only indicators after a data-centre submission, as a full recompute would', async () => {
    await warm();
    const template = await app.request(
      '/api/submissions/template.xlsx?datasetType=data_centres&example=true',
    );
    const outcome = await services.imports.importDataset({
      caller: CLI_CALLER,
      afterUpload: 'approve',
      datasetType: 'data_centres',
      organisation: 'Sở KH&CN Thái Nguyên',
      period: '2025',
      fileName: 'trung-tam-du-lieu.xlsx',
      bytes: new Uint8Array(await template.arrayBuffer()),
      dryRun: false,
    });
    expect(outcome.errors).toEqual([]);
    expect(outcome.committed).toBe(true);
    const [run] = await db().query<{ summary: SubmissionCoverageSummary }>(
      'SELECT summary FROM computation_run ORDER BY id DESC LIMIT 1',
    );
    expect(run?.summary).toMatchObject({
      submissionId: outcome.submission?.id,
      mode: 'indicators',
      incremental: true,
      writtenCoverageRows: 0,
    });
    // The example may be stored already (another test file sends it too): then nothing changes.
    expect(run?.summary.writtenObservations).toBeLessThan(100);
    const values = await computedValues(db(), '2025');
    await services.coverage.recompute({ period: '2025' });
    expect(await computedValues(db(), '2025')).toEqual(values);
  });

  it('gives the same result in a new process (nothing in memory) and after another service’s run', async () => {
    const village = await uncoveredVillage(db(), 8, 120);
    const cold = createServices(db(), fixedClock(TEST_TODAY));
    const summary = await submit(cold, [siteNear(code('D'), village, '4G,5G', '1800,3500')]);
    expect(summary).toMatchObject({ mode: 'cold', incremental: false, fallback: 'no coverage in memory' });
    // Coverage was computed in full, but only the rows that differ from the stored ones were written.
    expect(summary.writtenCoverageRows).toBeGreaterThan(0);
    expect(summary.writtenCoverageRows).toBeLessThan(300);
    const [{ mask } = { mask: 0 }] = await db().query<{ mask: number }>(
      'SELECT covered_mask AS mask FROM village_coverage WHERE village_id = $1',
      [village.id],
    );
    expect(mask & 12).toBe(12);

    // The first service's memory is now behind the database: it notices and computes in full.
    const moved = await uncoveredVillage(db(), 8, 160);
    const again = await submit(services, [siteNear(code('D'), moved, '4G,5G', '1800,3500')]);
    expect(again).toMatchObject({ mode: 'cold', fallback: 'another computation ran since' });
    // …after which it is up to date again.
    const next = await submit(services, [siteNear(code('E'), village, '4G,5G', '1800,3500')]);
    expect(next.mode).toBe('incremental');

    const stored = { rows: await coverageRows(db()), values: await computedValues(db(), '2025') };
    await createServices(db(), fixedClock(TEST_TODAY)).coverage.recompute({ period: '2025' });
    expect(await coverageRows(db())).toEqual(stored.rows);
    expect(await computedValues(db(), '2025')).toEqual(stored.values);
  });
});
