import { useEffect } from 'react';
import { query } from '../../api/client.ts';
import type { PlanRef } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { unitPath } from '../../app/paths.ts';
import type { PageProps } from '../../app/routes.tsx';
import { ErrorMessage, Loading } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { unitText } from '../../i18n/messages/unit.ts';
import { navigate, useLocation } from '../../router/router.tsx';
import { CommunesList } from './CommunesList.tsx';
import { applicablePlans, lastDayInForce } from './lineage.ts';
import { PlanSection } from './PlanSection.tsx';
import type { UnitDetail } from './types.ts';
import { UnitIndicatorsTable } from './UnitIndicatorsTable.tsx';
import { UnitMap } from './UnitMap.tsx';
import { UnitSummary } from './UnitSummary.tsx';
import './unit.css';

// /units/:code — a province or commune: who it is and where it came from, how it stands against every
// plan that applies to it, its indicator values, and (a province) its communes. A former unit (before the
// 1 July 2025 reorganisation) is looked up on its last day (?date=) and shown as historical.

export default function UnitPage({ params }: PageProps) {
  const { t } = useI18n();
  const code = params.code ?? '';
  const { search } = useLocation();
  const date = search.get('date');
  const detail = useApi<UnitDetail>(`/api/units/${encodeURIComponent(code)}${query({ date })}`);
  // An address without a date for a unit that is gone: the server says until when it existed.
  const lastDay = date ? null : lastDayInForce(detail.error);
  useEffect(() => {
    if (lastDay) navigate(`${unitPath(code)}?date=${lastDay}`, { replace: true });
  }, [lastDay, code]);

  if (detail.loading || lastDay) return <Loading />;
  if (detail.error || !detail.data) {
    return (
      <>
        <h1>{t(unitText.notFound)}</h1>
        {detail.error ? (
          <ErrorMessage
            error={detail.error}
            // Trying again helps after a network or server failure, not for a code that does not exist.
            {...(detail.error.status === 0 || detail.error.status >= 500 ? { onRetry: detail.reload } : {})}
          />
        ) : null}
      </>
    );
  }
  const unit = detail.data;
  const current = unit.validTo === null;
  const province = unit.level === 'province' ? unit.code : (unit.provinceCode ?? null);
  const showMap = current && province !== null && unit.hasGeometry;
  return (
    <>
      <div className={showMap ? 'unit-top' : 'unit-top unit-top-single'}>
        <UnitSummary detail={unit} />
        {showMap ? (
          <UnitMap
            province={province}
            highlight={unit.level === 'commune' ? unit.code : null}
            label={
              unit.level === 'province'
                ? t(unitText.communesMapLabel, { name: unit.fullName })
                : t(unitText.provinceMapLabel)
            }
          />
        ) : null}
      </div>
      {current ? <Progress unit={unit} /> : null}
      <UnitIndicatorsTable code={unit.code} date={date} />
      {current && unit.level === 'province' ? <CommunesList province={unit.code} /> : null}
    </>
  );
}

function Progress({ unit }: { unit: UnitDetail }) {
  const { t } = useI18n();
  const plans = useApi<{ items: PlanRef[] }>('/api/plans');
  // Plans of the province, and of the provinces whose territory it (or this commune) took over.
  const provinces = [
    ...(unit.provinceCode ? [unit.provinceCode] : []),
    ...unit.predecessors.flatMap((p) =>
      p.level === 'province' ? [p.code] : p.provinceCode ? [p.provinceCode] : [],
    ),
  ];
  const applicable = plans.data ? applicablePlans(plans.data.items, unit.code, provinces) : [];
  return (
    <section aria-labelledby="unit-progress" className="unit-progress">
      <h2 id="unit-progress">{t(unitText.progressHeading)}</h2>
      <p className="muted">{t(unitText.progressIntro)}</p>
      {plans.loading ? <Loading /> : null}
      {plans.error ? <ErrorMessage error={plans.error} onRetry={plans.reload} /> : null}
      {plans.data && applicable.length === 0 ? <p>{t(unitText.noPlans)}</p> : null}
      {applicable.map((plan) => (
        <PlanSection key={plan.code} plan={plan} unitCode={unit.code} />
      ))}
    </section>
  );
}
