import { formatValue } from '../../charts/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { overview } from '../../i18n/messages/overview.ts';
import type { LegendClass } from './classes.ts';

// The choropleth's key: each class's colour, its bounds in numbers and how many units fall in it, and the
// hatched "no data" swatch. HTML, so it is read as text and zooms with the page.

export function MapLegend({
  classes,
  unit,
  noData,
}: {
  classes: readonly LegendClass[];
  unit: string;
  noData: number;
}) {
  const { t, lang } = useI18n();
  const v = (n: number) => formatValue(n, unit, lang);
  const text = (c: LegendClass) => {
    if (c.from === null && c.to !== null) return t(overview.legendUnder, { to: v(c.to) });
    if (c.to === null && c.from !== null) return t(overview.legendFrom, { from: v(c.from) });
    if (c.from !== null && c.to !== null) {
      if (c.from === c.to) return v(c.from);
      // A lone class holds every value, its maximum included.
      const msg = classes.length === 1 ? overview.legendRange : overview.legendBetween;
      return t(msg, { from: v(c.from), to: v(c.to) });
    }
    return '';
  };
  return (
    <div className="overview-legend">
      <p className="overview-legend-title">{t(overview.legend)}</p>
      <ul>
        {classes.map((c) => (
          <li key={c.colour}>
            <span className="overview-swatch" style={{ background: c.colour }} aria-hidden="true" />
            {text(c)} <span className="muted">{t(overview.legendCount, { n: c.count })}</span>
          </li>
        ))}
        {noData > 0 ? (
          <li>
            <span className="overview-swatch overview-swatch-none" aria-hidden="true" />
            {t(overview.noData)} <span className="muted">{t(overview.legendCount, { n: noData })}</span>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
