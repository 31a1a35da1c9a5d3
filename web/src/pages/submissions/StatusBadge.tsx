import { useI18n } from '../../i18n/i18n.tsx';
import { statusClass, statusLabel } from './labels.ts';
import type { SubmissionStatus } from './submission-types.ts';

/** A submission's status as a coloured pill that also says it in words (colour is never alone). */
export function SubmissionStatusBadge({ status }: { status: SubmissionStatus }) {
  const { lang } = useI18n();
  return (
    <span className={statusClass(status)} data-status={status}>
      {statusLabel(status, lang)}
    </span>
  );
}
