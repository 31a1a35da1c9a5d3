import { useI18n } from '../../i18n/i18n.tsx';
import { sub } from '../../i18n/messages/submissions.ts';
import { formatBytes } from './format.ts';
import type { UploadProgress } from './upload.ts';

/** The upload's bar while bytes go out, then an indeterminate bar while the server checks the rows. */
export function UploadProgressView({ progress }: { progress: UploadProgress }) {
  const { t, lang } = useI18n();
  const percent =
    progress.phase === 'sending' && progress.total
      ? Math.floor((progress.loaded / progress.total) * 100)
      : null;
  const text =
    progress.phase === 'checking'
      ? t(sub.checking)
      : percent !== null
        ? t(sub.uploading, { percent })
        : t(sub.uploadingSize, { loaded: formatBytes(progress.loaded, lang) });
  return (
    <div className="sub-progress">
      <p role="status" aria-live="polite" id="upload-status">
        {text}
      </p>
      {percent !== null ? (
        <progress
          aria-label={t(sub.uploadProgress)}
          aria-describedby="upload-status"
          max={100}
          value={percent}
        />
      ) : (
        // No value: the browser draws an "in progress" bar of unknown length.
        <progress aria-label={t(sub.uploadProgress)} aria-describedby="upload-status" />
      )}
    </div>
  );
}
