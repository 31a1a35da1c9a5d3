import type { DatasetType } from '../../../../src/core/inventory-import/dataset-contract.ts';
import { DATASETS } from '../../../../src/core/inventory-import/datasets.ts';
import { Vi } from '../../components/names.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { sub } from '../../i18n/messages/submissions.ts';

/**
 * The columns a file of this type needs, from the same definition the server validates with. The
 * headers to write are the Vietnamese ones (the template's); an English page names each in English too.
 */
export function DatasetColumns({ type }: { type: DatasetType }) {
  const { t, lang } = useI18n();
  return (
    <details>
      <summary>{t(sub.columns)}</summary>
      <ul className="sub-columns">
        {DATASETS[type].fields.map((field) => (
          <li key={field.key}>
            {lang === 'en' ? (
              <>
                {field.en} (<Vi>{field.vi}</Vi>)
              </>
            ) : (
              field.vi
            )}
            {field.required ? <strong> · {t(sub.required)}</strong> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
