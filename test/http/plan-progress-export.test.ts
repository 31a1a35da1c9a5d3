import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { STATUS_LABELS } from '../../src/core/progress/status.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { adminToken, testApp } from '../support/test-app.ts';
import { parseSemicolonCsv } from '../support/text-payloads.ts';

/**
 * GET /api/plans/{plan}/progress?format=csv|xlsx: the targets table of a plan, one row per target
 * and unit judged, which must read back to the rows of the JSON answer; a clause typed as a formula
 * stays inert (CSV) or a string (XLSX).
 */

type App = ReturnType<typeof testApp>;
type Cell = string | number | null;

interface ProgressBody {
  plan: { code: string; titleVi: string };
  targets: {
    target: {
      comparator: string;
      value?: number;
      min?: number;
      max?: number;
      deadline: string;
      sourceClause: string | null;
    };
    indicator: { code: string; nameVi: string; unit: string };
    evaluations: {
      unit: { fullName: string };
      status: keyof typeof STATUS_LABELS;
      explanations: { vi: string };
      series: { period: string; value: number }[];
    }[];
  }[];
}

const HEADERS = [
  'Chỉ tiêu',
  'Mã chỉ tiêu',
  'Đơn vị hành chính',
  'Mục tiêu',
  'Hạn',
  'Giá trị hiện tại',
  'Kỳ số liệu',
  'Trạng thái',
  'Giải thích',
  'Căn cứ',
];
const FORMULA = '=HYPERLINK("http://example.invalid","xem")';

const vi = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 3 });
const SYMBOL: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=' };

/** The rows the export must hold, from the JSON answer. */
function expectedRows(body: ProgressBody): Cell[][] {
  return body.targets.flatMap(({ target, indicator, evaluations }) =>
    evaluations.map((e) => {
      const amount =
        target.comparator === 'range'
          ? `${vi(target.min ?? Number.NaN)}–${vi(target.max ?? Number.NaN)}`
          : `${SYMBOL[target.comparator]} ${vi(target.value ?? Number.NaN)}`;
      const latest = e.series.at(-1);
      return [
        indicator.nameVi,
        indicator.code,
        e.unit.fullName,
        `${amount} ${indicator.unit}`.trim(),
        target.deadline,
        latest?.value ?? null,
        latest?.period ?? null,
        STATUS_LABELS[e.status].vi,
        e.explanations.vi,
        target.sourceClause,
      ];
    }),
  );
}

describeEachEngine('plan progress export', (db, engine) => {
  let app: App;
  const code = `TEST-XUẤT/QĐ-${engine}`;
  const slug = `test-xuat-qd-${engine}`;
  const path = `/api/plans/${encodeURIComponent(code)}/progress`;
  let json: ProgressBody;

  beforeAll(async () => {
    app = testApp(db(), [], { token: await adminToken(db()) });
    const created = await app.request('/api/plans', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        plan: {
          code,
          titleVi: 'Kế hoạch thử xuất bảng chỉ tiêu tỉnh Thái Nguyên',
          issuer: 'UBND tỉnh Thái Nguyên',
          issuedOn: '2025-09-01',
          periodStart: 2025,
          periodEnd: 2030,
          scopeUnit: '19',
        },
        targets: [
          {
            indicator: 'VILLAGE_MBB_COVERAGE',
            scope: 'mọi xã',
            comparator: '>=',
            value: 99.5,
            deadline: 2030,
            sourceClause: FORMULA,
          },
          {
            indicator: 'MOBILE_SITES',
            comparator: 'khoảng',
            min: 1500,
            max: 4000,
            deadline: 2027,
            sourceClause: 'Mục II.1; điểm a',
          },
          { indicator: 'VILLAGE_FTTH_COVERAGE', comparator: '>=', value: 100, deadline: 2028 },
        ],
      }),
    });
    expect(created.status).toBe(201);
    const response = await app.request(path);
    expect(response.status).toBe(200);
    json = (await response.json()) as ProgressBody;
  });

  afterAll(async () => {
    await app.request(`/api/plans/${encodeURIComponent(code)}`, { method: 'DELETE' });
  });

  it('answers JSON by default, one evaluation per commune for a target over every commune', async () => {
    const [communes] = await db().query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL
         AND province_code = '19'`,
    );
    expect(json.targets.map((t) => t.evaluations.length)).toEqual([communes?.n, 1, 1]);
    const explicit = await app.request(`${path}?format=json`);
    expect(explicit.headers.get('content-type')).toContain('application/json');
    expect(await explicit.json()).toEqual(json);
  });

  it('exports CSV (UTF-8 BOM, `;`) that reads back to the JSON rows, the formula clause made inert', async () => {
    const response = await app.request(`${path}?format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="chi-tieu-${slug}.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseSemicolonCsv(new TextDecoder().decode(bytes.slice(3)));
    expect(header).toEqual(HEADERS);
    // CSV cells are text: numbers as written, empty for none, formula-like text prefixed with a quote.
    const asCsv = (cell: Cell) =>
      cell === null
        ? ''
        : typeof cell === 'number'
          ? String(cell)
          : /^[=+\-@\t\r]/.test(cell)
            ? `'${cell}`
            : cell;
    const expected = expectedRows(json);
    expect(expected.length).toBeGreaterThan(3);
    expect(rows).toEqual(expected.map((r) => r.map(asCsv)));
    expect(rows.filter((r) => r[9] === `'${FORMULA}`).length).toBe(json.targets[0]?.evaluations.length);
    expect(rows.some((r) => r[5] !== '')).toBe(true);
  });

  it('exports XLSX that reads back to the JSON rows: title, bold frozen header, the clause a string', async () => {
    const response = await app.request(`${path}?format=xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="chi-tieu-${slug}.xlsx"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no worksheet');
    expect(String(sheet.getCell(1, 1).value)).toContain(code);
    const header = sheet.getRow(2);
    expect(HEADERS.map((_, i) => header.getCell(i + 1).value)).toEqual(HEADERS);
    expect(header.font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const expected = expectedRows(json);
    expect(sheet.rowCount).toBe(expected.length + 2);
    const rows: Cell[][] = [];
    for (let r = 3; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      rows.push(HEADERS.map((_, i) => (row.getCell(i + 1).value as Cell | undefined) ?? null));
    }
    expect(rows).toEqual(expected);
    const clause = sheet.getRow(3).getCell(10);
    expect([clause.type, clause.value, clause.formula]).toEqual([
      ExcelJS.ValueType.String,
      FORMULA,
      undefined,
    ]);
  });

  it('refuses an unknown format, naming it', async () => {
    const response = await app.request(`${path}?format=pdf`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; details: { field: string } } };
    expect(body.error).toMatchObject({ code: 'INVALID_PARAMETER', details: { field: 'format' } });
  });
});
