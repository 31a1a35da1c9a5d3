import { type DragEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import type { DatasetType } from '../../../../src/core/inventory-import/dataset-contract.ts';
import { ApiError, apiGet, currentCsrfToken } from '../../api/client.ts';
import type { SessionAnswer, User } from '../../api/types.ts';
import { submissionPath } from '../../app/paths.ts';
import { DataText, ServerText } from '../../components/ServerText.tsx';
import { currentLang, useI18n } from '../../i18n/i18n.tsx';
import { sub } from '../../i18n/messages/submissions.ts';
import { navigate } from '../../router/router.tsx';
import { DatasetColumns } from './DatasetColumns.tsx';
import { formatBytes, isPeriodText } from './format.ts';
import { datasetTitle, isOperatorDataset } from './labels.ts';
import { operatorChoices } from './permissions.ts';
import type { UploadAnswer } from './submission-types.ts';
import { UploadProgressView } from './UploadProgressView.tsx';
import { importAnswerOf, type UploadProgress, uploadWithProgress } from './upload.ts';
import { rememberUpload } from './upload-cache.ts';

/** The server's limit for an uploaded file (src/http/app.ts MAX_UPLOAD_BYTES). */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface UploadDefaults {
  readonly datasetType: DatasetType;
  readonly organisation: string;
  readonly period: string;
}

/**
 * Dataset type, sender, period and file; sent with a progress bar; the answer (stored as a draft, or
 * refused with its row-level report) is shown on the new submission's page.
 */
export function UploadForm({
  user,
  types,
  defaults,
}: {
  user: User;
  types: readonly DatasetType[];
  defaults: UploadDefaults;
}) {
  const { t, lang } = useI18n();
  const [type, setType] = useState<DatasetType>(defaults.datasetType);
  const operators = operatorChoices(user);
  const [operator, setOperator] = useState(
    operators.includes(defaults.organisation) ? defaults.organisation : (operators[0] ?? ''),
  );
  const [organisation, setOrganisation] = useState(
    operators.includes(defaults.organisation) ? '' : defaults.organisation,
  );
  const [period, setPeriod] = useState(defaults.period);
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const upload = useRef<AbortController | null>(null);
  const [cancelled, setCancelled] = useState(false);
  // Leaving the page stops an upload still sending (nothing of it would be shown anywhere).
  useEffect(() => () => upload.current?.abort(), []);
  const busy = progress !== null;
  const forOperator = isOperatorDataset(type);

  const check = (): string[] => {
    const found: string[] = [];
    if (!forOperator && organisation.trim() === '') found.push(t(sub.organisationMissing));
    if (!isPeriodText(period)) found.push(t(sub.periodInvalid));
    if (!file) found.push(t(sub.fileMissing));
    else if (file.size > MAX_FILE_BYTES) found.push(t(sub.fileTooLarge));
    return found;
  };

  const send = async (chosen: File) => {
    const form = new FormData();
    form.set('datasetType', type);
    if (forOperator) form.set('operator', operator);
    else form.set('organisation', organisation.trim());
    form.set('period', period.trim());
    form.set('file', chosen, chosen.name);
    // A refused file is an answer to read, not a failed request (the server then says 200, not 422).
    form.set('acceptInvalid', 'true');
    // The session's CSRF token, as apiSend would send it; asked again if the page has none yet.
    const token = currentCsrfToken() ?? (await apiGet<SessionAnswer>('/api/auth/session')).csrfToken ?? null;
    const controller = new AbortController();
    upload.current = controller;
    const { status, body } = await uploadWithProgress('/api/submissions', form, {
      csrfToken: token,
      lang: currentLang(),
      onProgress: setProgress,
      signal: controller.signal,
    });
    return importAnswerOf<UploadAnswer>(status, body);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = check();
    setProblems(found);
    setFailure(null);
    setCancelled(false);
    if (found.length > 0 || !file) return;
    setProgress({ phase: 'sending', loaded: 0, total: file.size });
    send(file).then(
      (answer) => {
        setProgress(null);
        rememberUpload(answer);
        if (answer.submission) navigate(submissionPath(answer.submission.id));
      },
      (err: unknown) => {
        setProgress(null);
        if (err instanceof DOMException && err.name === 'AbortError') setCancelled(true);
        else setFailure(err instanceof ApiError ? err.message : String(err));
      },
    );
  };

  const drop = (e: DragEvent<HTMLFieldSetElement>) => {
    e.preventDefault();
    setDragging(false);
    const files = e.dataTransfer.files;
    const first = files[0];
    if (!first || busy) return;
    // The input shows the dropped file too, so keyboard users and screen readers see the same choice.
    if (fileInput.current) fileInput.current.files = files;
    setFile(first);
  };

  return (
    <form className="sub-form" onSubmit={submit} noValidate aria-busy={busy}>
      <label className="field">
        {t(sub.datasetType)}
        <select value={type} disabled={busy} onChange={(e) => setType(e.target.value as DatasetType)}>
          {types.map((option) => (
            <option key={option} value={option}>
              {datasetTitle(option, lang)}
            </option>
          ))}
        </select>
      </label>

      {forOperator ? (
        operators.length === 1 ? (
          <label className="field">
            {t(sub.operator)}
            <input
              type="text"
              className="sub-fixed"
              value={operator}
              readOnly
              aria-describedby="operator-hint"
            />
            <span id="operator-hint" className="sub-hint">
              {t(sub.operatorFixed)}
            </span>
          </label>
        ) : (
          <label className="field">
            {t(sub.operator)}
            <select value={operator} disabled={busy} onChange={(e) => setOperator(e.target.value)}>
              {operators.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>
        )
      ) : (
        <label className="field">
          {t(sub.organisationName)}
          <input
            type="text"
            value={organisation}
            disabled={busy}
            required
            maxLength={200}
            aria-describedby="org-hint"
            onChange={(e) => setOrganisation(e.target.value)}
          />
          <span id="org-hint" className="sub-hint">
            {t(sub.organisationHint)}
          </span>
        </label>
      )}

      <label className="field">
        {t(sub.period)}
        <input
          type="text"
          value={period}
          disabled={busy}
          required
          className="sub-period"
          aria-describedby="period-hint"
          onChange={(e) => setPeriod(e.target.value)}
        />
        <span id="period-hint" className="sub-hint">
          {t(sub.periodHint)}
        </span>
      </label>

      <div>
        <a className="sub-button" href={`/api/submissions/template.xlsx?datasetType=${type}`} download>
          {t(sub.template)}
        </a>
        <p className="sub-hint">{t(sub.templateNote)}</p>
        <DatasetColumns type={type} />
      </div>

      {/* Dropping a file is a shortcut for mouse users; the labelled input inside is the control. */}
      <fieldset
        className={`sub-drop${dragging ? ' sub-drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label className="field">
          {t(sub.file)}
          <input
            ref={fileInput}
            type="file"
            accept=".csv,.txt,.xlsx,.geojson,.json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/geo+json"
            disabled={busy}
            aria-describedby="file-hint"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <p id="file-hint" className="sub-hint">
          {t(sub.fileHint)}
        </p>
        {file ? (
          <p>
            {t(sub.fileChosen)} <DataText text={file.name} /> ({formatBytes(file.size, lang)})
          </p>
        ) : null}
      </fieldset>

      {problems.length > 0 ? (
        <div className="error-box" role="alert">
          <p className="error-title">{t(sub.formProblems)}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {failure ? (
        <div className="error-box" role="alert">
          <p className="error-title">{t(sub.uploadFailed)}</p>
          <p>
            <ServerText text={failure} />
          </p>
        </div>
      ) : null}
      {progress ? <UploadProgressView progress={progress} /> : null}
      {cancelled ? <p role="status">{t(sub.cancelled)}</p> : null}
      <div>
        <button type="submit" disabled={busy}>
          {t(sub.upload)}
        </button>
        {/* Only while bytes go out: once the server checks the file, stopping the page would not stop it. */}
        {progress?.phase === 'sending' ? (
          <button type="button" className="secondary sub-cancel" onClick={() => upload.current?.abort()}>
            {t(sub.cancel)}
          </button>
        ) : null}
      </div>
    </form>
  );
}
