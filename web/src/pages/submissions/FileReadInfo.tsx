import { DataText } from '../../components/ServerText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { sub } from '../../i18n/messages/submissions.ts';
import type { FileInfo } from './submission-types.ts';

/** How the server read the file just uploaded: worth checking when a column was not recognised. */
export function FileReadInfo({ file }: { file: FileInfo }) {
  const { t } = useI18n();
  const read = file.columns.filter((c) => c.key !== null && c.status === 'read');
  return (
    <details className="sub-more">
      <summary>{t(sub.fileRead)}</summary>
      <dl className="sub-facts card">
        <div>
          <dt>{t(sub.format)}</dt>
          <dd>{file.format.toUpperCase()}</dd>
        </div>
        {file.encoding ? (
          <div>
            <dt>{t(sub.encoding)}</dt>
            <dd>{file.encoding.encoding}</dd>
          </div>
        ) : null}
        {file.delimiter ? (
          <div>
            <dt>{t(sub.delimiter)}</dt>
            <dd>
              <code>{file.delimiter === '\t' ? 'TAB' : file.delimiter}</code>
            </dd>
          </div>
        ) : null}
        {file.sheet ? (
          <div>
            <dt>{t(sub.sheet)}</dt>
            <dd>
              <DataText text={file.sheet} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t(sub.columnsRead)}</dt>
          <dd>
            <DataText text={read.map((c) => c.label).join(', ')} />
          </dd>
        </div>
        {file.unknownColumns.length > 0 ? (
          <div>
            <dt>{t(sub.unknownColumns)}</dt>
            <dd>
              <DataText text={file.unknownColumns.join(', ')} />
            </dd>
          </div>
        ) : null}
      </dl>
    </details>
  );
}
