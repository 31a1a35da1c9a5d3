import { query } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { formatPeriod, formatValue } from '../../charts/format.ts';
import { isComputed } from '../../charts/series.ts';
import { Bilingual } from '../../components/names.tsx';
import { ErrorMessage, Loading, SyntheticBadge } from '../../components/states.tsx';
import type { Msg } from '../../i18n/i18n.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { unitText } from '../../i18n/messages/unit.ts';
import type { UnitIndicators } from './types.ts';

// Every indicator's latest value for the unit (GET /api/units/{code}/indicators), with where the figure
// came from: the unit's own, summed from its communes, or carried over from the units it replaced.

const SOURCES: Readonly<Record<string, Msg>> = {
  observed: unitText.sourceObserved,
  aggregated: unitText.sourceAggregated,
  lineage: unitText.sourceLineage,
};

export function UnitIndicatorsTable({ code, date }: { code: string; date: string | null }) {
  const { t, lang, number } = useI18n();
  const answer = useApi<UnitIndicators>(
    `/api/units/${encodeURIComponent(code)}/indicators${query({ date })}`,
  );
  return (
    <section aria-labelledby="unit-indicators" className="unit-indicators">
      <h2 id="unit-indicators">{t(unitText.indicatorsHeading)}</h2>
      {answer.loading ? <Loading /> : null}
      {answer.error ? <ErrorMessage error={answer.error} onRetry={answer.reload} /> : null}
      {answer.data && answer.data.items.length === 0 ? <p>{t(unitText.noIndicators)}</p> : null}
      {answer.data && answer.data.items.length > 0 ? (
        <div className="unit-table-scroll">
          <table className="data">
            <caption className="visually-hidden">{t(unitText.indicatorsCaption)}</caption>
            <thead>
              <tr>
                <th scope="col">{t(unitText.colIndicator)}</th>
                <th scope="col" className="num">
                  {t(unitText.colValue)}
                </th>
                <th scope="col">{t(unitText.colPeriod)}</th>
                <th scope="col" className="num">
                  {t(unitText.colParts)}
                </th>
                <th scope="col">{t(unitText.colSource)}</th>
              </tr>
            </thead>
            <tbody>
              {answer.data.items.map((item) => {
                const source = SOURCES[item.source];
                return (
                  <tr key={item.indicator.code} data-indicator={item.indicator.code}>
                    <th scope="row">
                      <Bilingual vi={item.indicator.nameVi} en={item.indicator.nameEn} />
                    </th>
                    <td className="num unit-nowrap">
                      {formatValue(item.value, item.indicator.unit, lang)}
                      {item.estimated ? <span className="muted"> {t(unitText.estimated)}</span> : null}
                    </td>
                    <td>{formatPeriod(item.period, lang)}</td>
                    <td className="num unit-nowrap">
                      {item.numerator !== null && item.denominator !== null
                        ? `${number(item.numerator, 0)} / ${number(item.denominator, 0)}`
                        : ''}
                    </td>
                    <td>
                      {source ? t(source) : item.source} {isComputed(item) ? <SyntheticBadge /> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
