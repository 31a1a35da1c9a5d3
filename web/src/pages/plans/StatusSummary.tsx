import type { ProgressStatus } from '../../api/types.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { plans } from '../../i18n/messages/plans.ts';
import { statusCounts } from './target-format.ts';

/** How many assessments have each status, best first: the line a report's summary starts with. */
export function StatusSummary({ summary }: { summary: Readonly<Record<ProgressStatus, number>> }) {
  const { t, number } = useI18n();
  const { counts, total } = statusCounts(summary);
  return (
    <section className="plan-summary" aria-labelledby="plan-summary-title">
      <h3 id="plan-summary-title" className="visually-hidden">
        {t(plans.summaryTitle)}
      </h3>
      <ul className="plan-summary-list">
        {counts.map(({ status, n }) => (
          <li key={status} data-status={status}>
            <span className="plan-summary-count">{number(n)}</span> <StatusBadge status={status} />
          </li>
        ))}
        <li className="muted">{t(plans.summaryTotal, { n: total })}</li>
      </ul>
    </section>
  );
}
