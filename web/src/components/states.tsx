import type { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { common } from '../i18n/messages/common.ts';

// The shared look of "loading", "failed" and "synthetic" across pages.

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading-line" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t(common.loading)}
    </p>
  );
}

export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="error-box" role="alert">
      <p className="error-title">{t(common.errorTitle)}</p>
      <p>{error.message}</p>
      <p className="muted">{t(common.errorCode, { code: error.code })}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t(common.retry)}
        </button>
      ) : null}
    </div>
  );
}

export function SyntheticBadge() {
  const { t } = useI18n();
  return (
    <span className="badge badge-synthetic" title={t(common.syntheticNote)}>
      {t(common.synthetic)}
    </span>
  );
}
