import type { Severity } from '../../../../src/core/plans/consistency-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ServerText } from '../../components/ServerText.tsx';
import { ErrorMessage, Loading } from '../../components/states.tsx';
import { type Msg, useI18n } from '../../i18n/i18n.tsx';
import { findingKinds, plans } from '../../i18n/messages/plans.ts';
import { groupFindings } from './consistency-groups.ts';
import { consistencyPath } from './plan-paths.ts';
import type { ConsistencyAnswer, PlanSummary } from './plan-types.ts';

const SEVERITY: Readonly<Record<Severity, Msg>> = {
  error: plans.severityError,
  warning: plans.severityWarning,
  info: plans.severityInfo,
};

/** The review of a provincial plan against the national plan: what is missing, weaker or outdated. */
export function ConsistencySection({ plan, national }: { plan: PlanSummary; national: string | null }) {
  const { t } = useI18n();
  const isNational = plan.scopeUnit.level === 'country';
  return (
    <section className="plan-consistency" aria-labelledby="plan-consistency-title">
      <h2 id="plan-consistency-title">{t(plans.consistencyTitle)}</h2>
      {isNational ? (
        <p>{t(plans.consistencyReference)}</p>
      ) : national === null ? (
        <p>{t(plans.consistencyNoNational)}</p>
      ) : (
        <ConsistencyReport code={plan.code} national={national} />
      )}
    </section>
  );
}

function ConsistencyReport({ code, national }: { code: string; national: string }) {
  const { t, lang, date } = useI18n();
  const { data, error, loading, reload } = useApi<ConsistencyAnswer>(consistencyPath(code, national));
  if (loading) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (!data) return null;
  const { summary } = data;
  const groups = groupFindings(data.findings);
  const applicable = summary.applicableNationalTargets[code];
  return (
    <>
      <p>
        <ServerText
          text={t(plans.consistencyIntro, { code: data.nationalPlanCode, date: date(data.asOf) })}
        />
        {applicable !== undefined ? ` ${t(plans.applicable, { n: applicable })}` : ''}
      </p>
      <p className={`plan-verdict ${summary.consistent ? 'plan-verdict-ok' : 'plan-verdict-bad'}`}>
        <strong>{t(summary.consistent ? plans.consistencyOk : plans.consistencyBad)}</strong>{' '}
        {t(plans.consistencyCounts, {
          total: summary.total,
          error: summary.bySeverity.error,
          warning: summary.bySeverity.warning,
          info: summary.bySeverity.info,
        })}
      </p>
      {groups.length === 0 ? <p>{t(plans.consistencyNone)}</p> : null}
      {groups.map((group) => (
        <section key={group.kind} className="plan-finding-group card" data-kind={group.kind}>
          <h3>
            {t(findingKinds[group.kind].title)}{' '}
            <span className="muted plan-finding-count">
              ({t(plans.findingsCount, { n: group.findings.length })})
            </span>
          </h3>
          <p className="muted">{t(findingKinds[group.kind].help)}</p>
          <ul className="plan-findings">
            {group.findings.map((finding, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: findings of one answer, never reordered
              <li key={i} data-severity={finding.severity}>
                <span className={`badge plan-severity plan-severity-${finding.severity}`}>
                  {t(SEVERITY[finding.severity])}
                </span>{' '}
                <ServerText text={finding.message[lang]} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
