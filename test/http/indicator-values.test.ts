import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { adminToken, testApp } from '../support/test-app.ts';

/**
 * GET /api/indicators/{code}/values: one indicator over every current unit of a level, for the
 * choropleth. Every value must be the one the unit's own page (/api/units/{code}/indicators?period=)
 * shows; units and periods are counted from the database, not written down here.
 */

type App = ReturnType<typeof testApp>;

interface ValuesItem {
  unit: { code: string; name: string; fullName: string; nameEn: string | null; level: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  estimated: boolean;
  source: string | null;
}

interface ValuesBody {
  indicator: { code: string; nameVi: string; nameEn: string; unit: string; direction: string };
  level: string;
  parent: { code: string; name: string; fullName: string; nameEn: string | null } | null;
  period: string | null;
  periods: string[];
  items: ValuesItem[];
}

interface UnitPage {
  items: {
    indicator: { code: string };
    period: string;
    value: number;
    numerator: number | null;
    denominator: number | null;
    estimated: boolean;
    source: string;
  }[];
}

const INDICATOR = 'MOBILE_SITES';
// A year no shipped figure or other test uses, for the figures this test posts (and deletes).
const OWN_PERIOD = '2019';

async function json<T>(app: App, path: string): Promise<{ status: number; body: T }> {
  const response = await app.request(path);
  expect(response.headers.get('content-type')).toContain('application/json');
  return { status: response.status, body: (await response.json()) as T };
}

describeEachEngine('indicator values by unit', (db) => {
  let app: App;
  const posted: number[] = [];

  /** What the unit's own page says of the indicator for the period (null: no value). */
  async function unitPageValue(code: string, period: string) {
    const { status, body } = await json<UnitPage>(
      app,
      `/api/units/${code}/indicators?period=${encodeURIComponent(period)}`,
    );
    expect(status).toBe(200);
    return body.items.find((i) => i.indicator.code === INDICATOR) ?? null;
  }

  /** Every item equals the unit page's value for the period; returns how many had one. */
  async function expectSameAsUnitPages(items: readonly ValuesItem[], period: string): Promise<number> {
    let withValue = 0;
    for (const item of items) {
      const page = await unitPageValue(item.unit.code, period);
      const expected =
        page === null
          ? { value: null, numerator: null, denominator: null, estimated: false, source: null }
          : {
              value: page.value,
              numerator: page.numerator,
              denominator: page.denominator,
              estimated: page.estimated,
              source: page.source,
            };
      const { unit: _unit, ...actual } = item;
      expect(actual, `${item.unit.code} ${period}`).toEqual(expected);
      if (page !== null) withValue++;
    }
    return withValue;
  }

  /** Current units of a level (inside a province), in code order, from the database. */
  async function currentUnits(level: string, province?: string) {
    const rows = await db().query<{ code: string; name: string; fullName: string; nameEn: string | null }>(
      `SELECT code, name, full_name AS "fullName", name_en AS "nameEn" FROM admin_unit
        WHERE level = $1 AND valid_to IS NULL AND ($2::text IS NULL OR province_code = $2) ORDER BY code`,
      [level, province ?? null],
    );
    return rows;
  }

  /** Periods of the stored figures of the indicator, by period end: the candidates for `periods`. */
  async function storedPeriods(): Promise<string[]> {
    const rows = await db().query<{ period: string }>(
      `SELECT period FROM observation WHERE indicator_code = $1
        GROUP BY period ORDER BY min(period_end), period`,
      [INDICATOR],
    );
    return rows.map((r) => r.period);
  }

  /**
   * The candidates for which at least one of the units' own pages shows a value (oldest first), and
   * the one the map opens on: most units with a value, the latest of those on a tie.
   */
  async function periodsWithValues(
    codes: readonly string[],
  ): Promise<{ periods: string[]; fullest: string }> {
    const periods: string[] = [];
    let fullest = '';
    let most = 0;
    for (const period of await storedPeriods()) {
      let valued = 0;
      for (const code of codes) if ((await unitPageValue(code, period)) !== null) valued++;
      if (valued === 0) continue;
      periods.push(period);
      if (valued >= most) {
        most = valued;
        fullest = period;
      }
    }
    return { periods, fullest };
  }

  beforeAll(async () => {
    app = testApp(db(), [], { token: await adminToken(db()) });
    // Old Bắc Kạn (06) and old Thái Nguyên (19) before the 2025 merger: Thái Nguyên's value comes
    // through the lineage; Hà Nội's is its own; one commune of Thái Nguyên has its own too.
    const figures = [
      { unit: '06', unitDate: '2024-06-30', value: 672 },
      { unit: '19', unitDate: '2024-06-30', value: 1500 },
      { unit: '01', unitDate: '2026-01-01', value: 9100 },
      { unit: '01840', unitDate: '2026-01-01', value: 12 },
    ];
    for (const f of figures) {
      const response = await app.request('/api/observations', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ indicator: INDICATOR, period: OWN_PERIOD, ...f }),
      });
      expect(response.status).toBe(201);
      posted.push(((await response.json()) as { id: number }).id);
    }
  });

  afterAll(async () => {
    for (const id of posted) await app.request(`/api/observations/${id}`, { method: 'DELETE' });
  });

  it('lists every current province in code order, each value as the province’s own page shows it', async () => {
    const { status, body } = await json<ValuesBody>(app, `/api/indicators/${INDICATOR}/values`);
    expect(status).toBe(200);
    const provinces = await currentUnits('province');
    expect(body.level).toBe('province');
    expect(body.parent).toBeNull();
    expect(body.indicator).toMatchObject({ code: INDICATOR, direction: expect.any(String) });
    expect(body.items.map((i) => i.unit)).toEqual(provinces.map((p) => ({ ...p, level: 'province' })));
    // Periods: those for which some province's page shows a value, oldest first; the one shown has the
    // most provinces with a value, the latest of those on a tie.
    const { periods, fullest } = await periodsWithValues(provinces.map((p) => p.code));
    expect(body.periods).toEqual(periods);
    expect(body.period).toBe(fullest);
    expect(await expectSameAsUnitPages(body.items, body.period ?? '')).toBeGreaterThan(0);
  });

  it('opens on the period most provinces have a value for, not a later one only one province reported', async () => {
    // An indicator no other test writes: its province figures are the ones posted here.
    const indicator = 'FBB_SPEED';
    const mine: number[] = [];
    const post = async (unit: string, period: string, value: number) => {
      const response = await app.request('/api/observations', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ indicator, period, unit, unitDate: '2026-01-01', value }),
      });
      expect(response.status).toBe(201);
      mine.push(((await response.json()) as { id: number }).id);
    };
    const shown = async () =>
      (await json<ValuesBody>(app, `/api/indicators/${indicator}/values?level=province`)).body;
    try {
      for (const unit of ['01', '04', '08']) await post(unit, '2023', 150);
      await post('01', '2024', 210);
      const first = await shown();
      expect(first.periods).toEqual(['2023', '2024']);
      expect(first.period).toBe('2023');
      expect(first.items.filter((i) => i.value !== null).map((i) => i.unit.code)).toEqual(['01', '04', '08']);
      // Once as many provinces have the later year, the later year is shown.
      await post('04', '2024', 180);
      await post('08', '2024', 170);
      expect((await shown()).period).toBe('2024');
    } finally {
      for (const id of mine) await app.request(`/api/observations/${id}`, { method: 'DELETE' });
    }
  });

  it('gives a chosen period’s values, through the lineage where the unit is newer', async () => {
    const { status, body } = await json<ValuesBody>(
      app,
      `/api/indicators/${INDICATOR.toLowerCase()}/values?level=province&period=${OWN_PERIOD}`,
    );
    expect(status).toBe(200);
    expect(body.period).toBe(OWN_PERIOD);
    expect(body.periods).toContain(OWN_PERIOD);
    expect(await expectSameAsUnitPages(body.items, OWN_PERIOD)).toBe(2);
    const byCode = new Map(body.items.map((i) => [i.unit.code, i]));
    expect(byCode.get('19')).toMatchObject({ value: 672 + 1500, source: 'lineage' });
    expect(byCode.get('01')).toMatchObject({ value: 9100, source: 'observed' });
  });

  it('lists every commune of a province, each value as the commune’s own page shows it', async () => {
    const { status, body } = await json<ValuesBody>(
      app,
      `/api/indicators/${INDICATOR}/values?level=commune&parent=19`,
    );
    expect(status).toBe(200);
    const communes = await currentUnits('commune', '19');
    expect(communes.length).toBeGreaterThan(50);
    const [province] = await currentUnits('province', '19');
    expect(body.parent).toMatchObject({ code: '19', fullName: province?.fullName });
    expect(body.items.map((i) => i.unit.code)).toEqual(communes.map((c) => c.code));
    expect(body.items.every((i) => i.unit.level === 'commune')).toBe(true);
    const { periods, fullest } = await periodsWithValues(communes.map((c) => c.code));
    expect(body.periods).toEqual(periods);
    expect(body.period).toBe(fullest);
    expect(await expectSameAsUnitPages(body.items, body.period ?? '')).toBeGreaterThan(0);

    const chosen = await json<ValuesBody>(
      app,
      `/api/indicators/${INDICATOR}/values?level=commune&parent=19&period=${OWN_PERIOD}`,
    );
    expect(chosen.status).toBe(200);
    expect(await expectSameAsUnitPages(chosen.body.items, OWN_PERIOD)).toBe(1);
  });

  it('answers a period without figures with every unit and no value', async () => {
    const { status, body } = await json<ValuesBody>(app, `/api/indicators/${INDICATOR}/values?period=1990`);
    expect(status).toBe(200);
    expect(body.period).toBe('1990');
    expect(body.items.length).toBe((await currentUnits('province')).length);
    expect(body.items.every((i) => i.value === null && i.source === null && !i.estimated)).toBe(true);
  });

  it('refuses an unknown level, parent, period or parameter, naming it, and an unknown indicator', async () => {
    const refused: [string, string][] = [
      ['level=district', 'level'],
      ['level=commune', 'parent'],
      ['level=commune&parent=99', 'parent'],
      ['level=commune&parent=01840', 'parent'],
      ['level=province&parent=19', 'parent'],
      ['period=2025-13', 'period'],
      ['levl=commune', 'levl'],
    ];
    for (const [query, field] of refused) {
      const { status, body } = await json<{ error: { code: string; details: { field: string } } }>(
        app,
        `/api/indicators/${INDICATOR}/values?${query}`,
      );
      expect(status, query).toBe(400);
      expect(body.error, query).toMatchObject({ code: 'INVALID_PARAMETER', details: { field } });
    }
    const missing = await json<{ error: { code: string; details: { code: string } } }>(
      app,
      '/api/indicators/NO_SUCH_INDICATOR/values',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({
      code: 'INDICATOR_NOT_FOUND',
      details: { code: 'NO_SUCH_INDICATOR' },
    });
  });
});
