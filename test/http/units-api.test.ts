import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { getJson, TEST_TODAY, testApp } from '../support/test-app.ts';

interface ErrorBody {
  error: { code: string; message: string };
}
interface ListBody {
  items: { code: string; fullName: string; level: string }[];
  total: number;
  date: string;
}

describeEachEngine('units API', (db) => {
  let app: ReturnType<typeof testApp>;
  const logLines: string[] = [];
  beforeAll(() => {
    app = testApp(db(), logLines);
  });

  describe('GET /api/health', () => {
    it('reports the engine, versions and today’s unit counts', async () => {
      const { status, body } = await getJson<{
        status: string;
        engine: string;
        versions: Record<string, string>;
        units: Record<string, number>;
        date: string;
      }>(app, '/api/health');
      expect(status).toBe(200);
      expect(body.status).toBe('ok');
      expect(body.engine).toBe(db().engine);
      expect(body.versions.postgis).toMatch(/^3\./);
      expect(body.date).toBe(TEST_TODAY);
      expect(body.units).toEqual({ country: 1, province: 34, commune: 3321 });
    });
  });

  describe('GET /api/units', () => {
    it.each([
      ['/api/units?level=province', 34],
      ['/api/units?level=commune', 3321],
      ['/api/units?level=province&date=2025-06-30', 63],
      ['/api/units?level=district&date=2025-06-30', 696],
      ['/api/units?level=commune&date=2025-06-30', 10035],
      ['/api/units?level=district', 0],
      ['/api/units?level=commune&parent=19', 92],
      ['/api/units?level=commune&parent=06&date=2025-06-30', 108],
    ])('%s → total %i', async (path, total) => {
      const { status, body } = await getJson<ListBody>(app, path);
      expect(status).toBe(200);
      expect(body.total).toBe(total);
    });

    it('pages with limit and offset', async () => {
      const page = await getJson<ListBody>(app, '/api/units?level=province&limit=5&offset=30');
      expect(page.body.items.map((u) => u.code)).toHaveLength(4);
      expect(page.body.total).toBe(34);
    });

    it('finds Thái Nguyên from "thai nguyen" and from NFD text', async () => {
      for (const q of ['thai nguyen', 'THÁI NGUYÊN'.normalize('NFD'), 'Thai  Nguyen']) {
        const { body } = await getJson<ListBody>(app, `/api/units?q=${encodeURIComponent(q)}&level=province`);
        expect(body.items.map((u) => u.code)).toEqual(['19']);
      }
    });

    it('answers in the default date and says which date it used', async () => {
      const { body } = await getJson<ListBody>(app, '/api/units?level=country');
      expect(body.date).toBe(TEST_TODAY);
      expect(body.items.map((u) => u.code)).toEqual(['VN']);
    });
  });

  describe('GET /api/units/{code}', () => {
    it('shows Thái Nguyên with its parent chain, children and predecessors 06 and 19', async () => {
      const { status, body } = await getJson<{
        code: string;
        fullName: string;
        childrenCount: number;
        parents: { code: string }[];
        predecessors: { code: string; fullName: string; validTo: string; kind: string }[];
        successors: unknown[];
      }>(app, '/api/units/19');
      expect(status).toBe(200);
      expect(body.fullName).toBe('Tỉnh Thái Nguyên');
      expect(body.childrenCount).toBe(92);
      expect(body.parents.map((p) => p.code)).toEqual(['VN']);
      expect(body.predecessors.map((p) => p.code)).toEqual(['06', '19']);
      expect(body.predecessors.every((p) => p.validTo === '2025-06-30' && p.kind === 'full')).toBe(true);
      expect(body.successors).toEqual([]);
    });

    it('shows old Bắc Kạn on 30 Jun 2025 with its successor', async () => {
      const { body } = await getJson<{
        successors: { code: string; fullName: string }[];
        childrenCount: number;
      }>(app, '/api/units/06?date=2025-06-30');
      expect(body.successors.map((s) => s.fullName)).toEqual(['Tỉnh Thái Nguyên']);
      expect(body.childrenCount).toBe(8);
    });

    it('adds a GeoJSON geometry on request', async () => {
      const { body } = await getJson<{ geometry?: { type: string; coordinates: unknown[] } }>(
        app,
        '/api/units/01840?geometry=true',
      );
      expect(body.geometry?.type).toBe('MultiPolygon');
      const without = await getJson<{ geometry?: unknown }>(app, '/api/units/01840');
      expect(without.body.geometry).toBeUndefined();
    });
  });

  describe('GET /api/resolve', () => {
    it('resolves an old name to the old unit and its successor', async () => {
      const { body } = await getJson<{
        candidates: { code: string; level: string; successors: { code: string }[] }[];
      }>(app, `/api/resolve?name=${encodeURIComponent('Tỉnh Bắc Kạn')}&level=province`);
      expect(body.candidates[0]?.code).toBe('06');
      expect(body.candidates[0]?.successors.map((s) => s.code)).toEqual(['19']);
    });

    it('returns several candidates for a shared name', async () => {
      const { body } = await getJson<{ candidates: { code: string; score: number }[] }>(
        app,
        '/api/resolve?name=Tan%20Lap&level=commune',
      );
      expect(body.candidates.length).toBeGreaterThan(1);
      const scores = body.candidates.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });
  });

  describe('GET /api/geo/units', () => {
    it('draws the 34 provinces and the 92 communes of Thái Nguyên', async () => {
      const provinces = await getJson<{ type: string; features: unknown[] }>(
        app,
        '/api/geo/units?level=province',
      );
      expect(provinces.body.type).toBe('FeatureCollection');
      expect(provinces.body.features).toHaveLength(34);
      const communes = await getJson<{ features: { properties: { provinceCode: string } }[] }>(
        app,
        '/api/geo/units?level=commune&parent=19',
      );
      expect(communes.body.features).toHaveLength(92);
    });
  });

  describe('bad input', () => {
    it.each([
      ['/api/units/99', 404, 'UNIT_NOT_FOUND', '"99"'],
      ['/api/units/06', 404, 'UNIT_NOT_IN_FORCE', '2025-06-30'],
      ['/api/units/abc', 400, 'INVALID_PARAMETER', '"code"'],
      ['/api/units?level=foo', 400, 'INVALID_PARAMETER', '"level"'],
      ['/api/units?limit=-1', 400, 'INVALID_PARAMETER', '"limit"'],
      ['/api/units?limit=abc', 400, 'INVALID_PARAMETER', '"limit"'],
      ['/api/units?offset=-5', 400, 'INVALID_PARAMETER', '"offset"'],
      ['/api/units?date=2025-13-01', 400, 'INVALID_PARAMETER', '"date"'],
      ['/api/units?date=2025-02-30', 400, 'INVALID_PARAMETER', '"date"'],
      ['/api/units?date=yesterday', 400, 'INVALID_PARAMETER', '"date"'],
      ['/api/units?parent=99&level=commune', 404, 'UNIT_NOT_FOUND', '"99"'],
      ['/api/units?levl=province', 400, 'INVALID_PARAMETER', '"levl"'],
      ['/api/units/19?geometry=maybe', 400, 'INVALID_PARAMETER', '"geometry"'],
      ['/api/resolve', 400, 'INVALID_PARAMETER', '"name"'],
      ['/api/resolve?name=x&level=village', 400, 'INVALID_PARAMETER', '"level"'],
      ['/api/geo/units?level=district', 400, 'INVALID_PARAMETER', '"level"'],
      ['/api/nothing-here', 404, 'NOT_FOUND', '/api/nothing-here'],
      [`/api/units?q=${'x'.repeat(500)}`, 400, 'INVALID_PARAMETER', '"q"'],
      ['/api/units?q=%27%3B%20DROP%20TABLE%20admin_unit%3B--', 200, null, null],
    ])('%s → %i %s', async (path, status, code, mentions) => {
      const response = await getJson<ErrorBody>(app, path);
      expect(response.status).toBe(status);
      if (code) {
        expect(response.body.error.code).toBe(code);
        expect(response.body.error.message).toContain(mentions);
      }
    });

    it('answers errors in English when asked', async () => {
      const { body } = await getJson<ErrorBody>(app, '/api/units?level=foo', {
        'accept-language': 'en-US,en;q=0.9',
      });
      expect(body.error.message).toBe(
        'Parameter "level" is invalid: "foo". Expected one of: country, province, district, commune.',
      );
      const vi = await getJson<ErrorBody>(app, '/api/units?level=foo');
      expect(vi.body.error.message).toContain('không hợp lệ');
    });

    it('never answered 500 to any of the above', () => {
      expect(logLines.filter((l) => l.includes('ERROR'))).toEqual([]);
    });
  });
});
