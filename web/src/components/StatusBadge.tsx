import { STATUS_LABELS } from '../../../src/core/progress/status.ts';
import type { ProgressStatus } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';

// A target's status as a coloured pill, named in words too (colour alone is not enough: WCAG 1.4.1).
// The labels are the server's own (src/core/progress/status.ts), so page and reports say the same.

export function StatusBadge({ status }: { status: ProgressStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge status-${status}`} data-status={status}>
      {t(STATUS_LABELS[status])}
    </span>
  );
}
