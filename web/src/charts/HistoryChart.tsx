import type { SeriesPoint } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { chartText } from '../i18n/messages/charts.ts';
import { formatPeriod, formatTarget, formatValue, type TargetLike, targetLevels } from './format.ts';
import {
  deadlineYear,
  linearScale,
  niceAxis,
  projectionPoints,
  readProjection,
  valueDomain,
  yearDomain,
  yearTicks,
} from './scale.ts';
import { chartPoints, latestPoint } from './series.ts';
import './charts.css';

// A target's history for one unit: the series, the target as a dashed line up to the deadline, and the
// server's projection to the deadline (dotted) when the evaluation made one. The SVG is an image with a
// text summary (title + aria-label); the legend under it is HTML text.

export interface HistoryChartProps {
  /** The indicator's name in the page's language, for the summary. */
  readonly name: string;
  readonly series: readonly SeriesPoint[];
  readonly target: TargetLike;
  /** ISO deadline of the target. */
  readonly deadline: string;
  readonly unit: string;
  /** The evaluation's projection as the API gives it (null or absent: none drawn). */
  readonly projection?: unknown;
}

const W = 480;
const H = 200;
const M = { left: 52, right: 14, top: 12, bottom: 26 };

export function HistoryChart({ name, series, target, deadline, unit, projection }: HistoryChartProps) {
  const { t, lang, date, number } = useI18n();
  const points = chartPoints(series);
  const levels = targetLevels(target);
  const end = deadlineYear(deadline);
  const latest = latestPoint(series);
  const fitted = readProjection(projection);
  const last = points[points.length - 1];
  const projected = fitted && last ? projectionPoints(fitted, last.year) : [];

  const targetText = formatTarget(target, unit, lang);
  const summaryParts = [
    latest
      ? t(chartText.summary, {
          name,
          value: formatValue(latest.value, unit, lang),
          period: formatPeriod(latest.period, lang),
          target: targetText,
          deadline: date(deadline),
        })
      : t(chartText.summaryNoData, { name, target: targetText, deadline: date(deadline) }),
  ];
  const first = points[0];
  if (first && last && points.length > 1) {
    summaryParts.push(
      t(chartText.summaryPoints, {
        n: points.length,
        first: formatPeriod(first.period, lang),
        last: formatPeriod(last.period, lang),
      }),
    );
  }
  const projectedEnd = projected[projected.length - 1];
  if (projectedEnd) {
    summaryParts.push(
      t(chartText.summaryProjection, {
        year: String(projectedEnd.year),
        value: formatValue(projectedEnd.value, unit, lang),
      }),
    );
  }
  const summary = summaryParts.join(' ');

  if (points.length === 0) {
    return <p className="chart-empty">{t(chartText.noData)}</p>;
  }

  const xDomain = yearDomain([...points.map((p) => p.year), end]);
  const yAxis = niceAxis(
    valueDomain([...points.map((p) => p.value), ...levels, ...projected.map((p) => p.value)], unit),
    4,
  );
  const x = linearScale(xDomain, [M.left, W - M.right]);
  const y = linearScale(yAxis.domain, [H - M.bottom, M.top]);
  const digits = unit === 'count' || unit === 'rank' ? 0 : 1;
  const path = (ps: readonly { year: number; value: number }[]) =>
    ps.map((p) => `${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const [bandLow, bandHigh] = levels.length === 2 ? levels : [];

  return (
    <figure className="history-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        <title>{summary}</title>
        {yAxis.ticks.map((tick) => (
          <g key={`y${tick}`}>
            <line className="chart-grid" x1={M.left} x2={W - M.right} y1={y(tick)} y2={y(tick)} />
            <text className="chart-tick" x={M.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
              {number(tick, digits)}
            </text>
          </g>
        ))}
        {yearTicks(xDomain).map((year) => (
          <text key={`x${year}`} className="chart-tick" x={x(year)} y={H - 8} textAnchor="middle">
            {year}
          </text>
        ))}
        <line className="chart-axis" x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
        {bandLow !== undefined && bandHigh !== undefined ? (
          <rect
            className="chart-target-band"
            x={M.left}
            width={Math.max(0, x(end) - M.left)}
            y={y(Math.max(bandLow, bandHigh))}
            height={Math.abs(y(bandLow) - y(bandHigh))}
          />
        ) : null}
        {levels.map((level) => (
          <line key={level} className="chart-target" x1={M.left} x2={x(end)} y1={y(level)} y2={y(level)} />
        ))}
        {projected.length > 1 ? <polyline className="chart-projection" points={path(projected)} /> : null}
        {points.length > 1 ? <polyline className="chart-line" points={path(points)} /> : null}
        {points.map((p) => (
          <circle
            key={p.period}
            className={p.estimated ? 'chart-point estimated' : 'chart-point'}
            cx={x(p.year)}
            cy={y(p.value)}
            r={3.5}
          />
        ))}
      </svg>
      <ul className="chart-legend" aria-label={t(chartText.legend)}>
        <li>
          <LegendSwatch kind="line" />
          {t(chartText.observed)}
        </li>
        {points.some((p) => p.estimated) ? (
          <li>
            <LegendSwatch kind="estimated" />
            {t(chartText.estimated)}
          </li>
        ) : null}
        <li>
          <LegendSwatch kind="target" />
          {t(chartText.target)} {targetText}
        </li>
        {projected.length > 1 ? (
          <li>
            <LegendSwatch kind="projection" />
            {t(chartText.projection)}
          </li>
        ) : null}
      </ul>
    </figure>
  );
}

function LegendSwatch({ kind }: { kind: 'line' | 'estimated' | 'target' | 'projection' }) {
  return (
    <svg width="24" height="10" aria-hidden="true" focusable="false">
      {kind === 'line' ? (
        <>
          <line className="chart-line" x1={0} x2={24} y1={5} y2={5} />
          <circle className="chart-point" cx={12} cy={5} r={3} />
        </>
      ) : kind === 'estimated' ? (
        <circle className="chart-point estimated" cx={12} cy={5} r={3} />
      ) : (
        <line className={`chart-${kind}`} x1={0} x2={24} y1={5} y2={5} />
      )}
    </svg>
  );
}
