import { describe, expect, it } from 'vitest';
import { arrangeReport, problemPoints, REPORT_LIMIT } from './report.ts';
import type { ReportProblem } from './submission-types.ts';

const problem = (row: number, message: string, extra: Partial<ReportProblem> = {}): ReportProblem => ({
  row,
  field: 'lon',
  column: 'Kinh độ',
  value: 'x',
  message,
  ...extra,
});

describe('arrangeReport', () => {
  it('takes the first errorCount problems as errors and the rest as warnings (server order)', () => {
    const report = [problem(4, 'e1'), problem(5, 'e2'), problem(7, 'w1')];
    const arranged = arrangeReport(report, 2);
    expect(arranged.errors.map((p) => p.message)).toEqual(['e1', 'e2']);
    expect(arranged.warnings.map((p) => p.message)).toEqual(['w1']);
    expect(arranged.errorsLeftOut).toBe(0);
  });

  it('a valid file keeps only warnings', () => {
    const arranged = arrangeReport([problem(3, 'w')], 0);
    expect(arranged.errors).toEqual([]);
    expect(arranged.warnings).toHaveLength(1);
  });

  it('counts the errors the server left out beyond its limit', () => {
    const report = [
      ...Array.from({ length: REPORT_LIMIT }, (_, i) => problem(i + 2, `e${i}`)),
      problem(9, 'w1'),
    ];
    const arranged = arrangeReport(report, 4321);
    expect(arranged.errors).toHaveLength(REPORT_LIMIT);
    expect(arranged.warnings.map((p) => p.message)).toEqual(['w1']);
    expect(arranged.errorsLeftOut).toBe(4321 - REPORT_LIMIT);
  });

  it('sorts by severity when the server says it', () => {
    const report = [problem(2, 'w', { severity: 'warning' }), problem(3, 'e', { severity: 'error' })];
    const arranged = arrangeReport(report, 5);
    expect(arranged.errors.map((p) => p.message)).toEqual(['e']);
    expect(arranged.warnings.map((p) => p.message)).toEqual(['w']);
    expect(arranged.errorsLeftOut).toBe(4);
  });
});

describe('problemPoints', () => {
  it('draws the problems that have a point, one point per row and place', () => {
    const arranged = arrangeReport(
      [
        problem(4, 'outside its commune', { point: [106.06, 22.6] }),
        problem(4, 'bad band', { point: [106.06, 22.6] }),
        problem(5, 'no point'),
        problem(6, 'antenna low', { point: [105.85, 22.17] }),
      ],
      3,
    );
    const points = problemPoints(arranged);
    expect(points).toHaveLength(2);
    expect(points[0]?.geometry.coordinates).toEqual([106.06, 22.6]);
    expect(points[0]?.properties).toMatchObject({
      row: 4,
      severity: 'error',
      message: 'outside its commune · bad band',
    });
    expect(points[1]?.properties).toMatchObject({ row: 6, severity: 'warning' });
    expect(new Set(points.map((p) => p.properties.code)).size).toBe(2);
  });

  it('skips points that are not longitude and latitude', () => {
    const arranged = arrangeReport(
      [
        problem(2, 'a', { point: [200, 10] }),
        problem(3, 'b', { point: [Number.NaN, 10] }),
        problem(4, 'c', { point: [105, 95] }),
      ],
      3,
    );
    expect(problemPoints(arranged)).toEqual([]);
  });
});
