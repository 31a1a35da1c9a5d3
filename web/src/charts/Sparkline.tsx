import { linearScale, niceAxis, valueDomain, yearDomain } from './scale.ts';
import type { ChartPoint } from './series.ts';
import './charts.css';

// A card-sized line of a series with the target as a dashed line. Decorative: the card states the same
// value, target and deadline in words, so screen readers skip it.

export interface SparklineProps {
  readonly points: readonly ChartPoint[];
  /** Target level(s): one line each (a range has two). */
  readonly targets: readonly number[];
  readonly unit: string;
  /** The deadline's place on the year axis: the target line ends there. */
  readonly deadlineYear: number;
  readonly width?: number;
  readonly height?: number;
}

const PAD = 4;

export function Sparkline({ points, targets, unit, deadlineYear, width = 160, height = 40 }: SparklineProps) {
  const years = [...points.map((p) => p.year), deadlineYear];
  const xDomain = yearDomain(years);
  const yDomain = niceAxis(valueDomain([...points.map((p) => p.value), ...targets], unit), 2).domain;
  const x = linearScale(xDomain, [PAD, width - PAD]);
  const y = linearScale(yDomain, [height - PAD, PAD]);
  const line = points.map((p) => `${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      <rect x={0} y={0} width={width} height={height} className="chart-frame" />
      {targets.map((level) => (
        <line
          key={level}
          className="chart-target"
          x1={PAD}
          x2={x(deadlineYear)}
          y1={y(level)}
          y2={y(level)}
        />
      ))}
      {points.length > 1 ? <polyline className="chart-line" points={line} /> : null}
      {points.map((p) => (
        <circle
          key={p.period}
          className={p.estimated ? 'chart-point estimated' : 'chart-point'}
          cx={x(p.year)}
          cy={y(p.value)}
          r={2.5}
        />
      ))}
    </svg>
  );
}
