import type { Feature, Point } from 'geojson';
import type { ReportProblem } from './submission-types.ts';

// A submission's row-level report, arranged for the page: errors apart from warnings, what the server
// left out (it keeps the first 1,000 of each), and the problems that have a point, for the map.

/** The server keeps this many errors and this many warnings (services/inventory/problem-report.ts). */
export const REPORT_LIMIT = 1000;

export interface ArrangedReport {
  readonly errors: readonly ReportProblem[];
  readonly warnings: readonly ReportProblem[];
  /** Errors counted but not kept in the report. */
  readonly errorsLeftOut: number;
}

/**
 * Splits a stored report. Problems that say their severity are sorted by it; otherwise the server's
 * order tells: the kept errors (at most REPORT_LIMIT of `errorCount`) come first, then the warnings.
 */
export function arrangeReport(report: readonly ReportProblem[], errorCount: number): ArrangedReport {
  if (report.some((p) => p.severity !== undefined)) {
    const errors = report.filter((p) => p.severity === 'error');
    return {
      errors,
      warnings: report.filter((p) => p.severity !== 'error'),
      errorsLeftOut: Math.max(0, errorCount - errors.length),
    };
  }
  const kept = Math.min(Math.max(0, errorCount), REPORT_LIMIT, report.length);
  return {
    errors: report.slice(0, kept),
    warnings: report.slice(kept),
    errorsLeftOut: Math.max(0, errorCount - kept),
  };
}

export interface ProblemPointProperties {
  /** Distinct per drawn point (the map's data-rendered counts them). */
  readonly code: string;
  readonly row: number;
  readonly sheet: string | null;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

const isLonLat = (p: ReportProblem['point']): p is readonly [number, number] =>
  Array.isArray(p) &&
  p.length === 2 &&
  Number.isFinite(p[0]) &&
  Number.isFinite(p[1]) &&
  Math.abs(p[0]) <= 180 &&
  Math.abs(p[1]) <= 90;

/** Problems with a usable point as GeoJSON points; several problems of one row share one point. */
export function problemPoints(report: ArrangedReport): Feature<Point, ProblemPointProperties>[] {
  const byPlace = new Map<string, Feature<Point, ProblemPointProperties>>();
  const add = (p: ReportProblem, severity: 'error' | 'warning') => {
    if (!isLonLat(p.point)) return;
    const [lon, lat] = p.point;
    const code = `${p.sheet ?? ''}:${p.row}:${lon},${lat}`;
    const found = byPlace.get(code);
    if (found) {
      // An error outranks a warning for the colour; the label lists every message.
      const severityOf = found.properties.severity === 'error' ? 'error' : severity;
      found.properties = {
        ...found.properties,
        severity: severityOf,
        message: `${found.properties.message} · ${p.message}`,
      };
      return;
    }
    byPlace.set(code, {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { code, row: p.row, sheet: p.sheet ?? null, severity, message: p.message },
    });
  };
  for (const p of report.errors) add(p, 'error');
  for (const p of report.warnings) add(p, 'warning');
  return [...byPlace.values()];
}
