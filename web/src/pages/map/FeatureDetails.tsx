import { Bilingual, Vi } from '../../components/names.tsx';
import { SyntheticBadge } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { FeatureDetail, RowValue } from './feature-rows.ts';

// A point's details in words (the popup's content): kind, name, then label → value rows.

export function Value({ value }: { value: RowValue }) {
  const { t, number } = useI18n();
  switch (value.kind) {
    case 'text':
      return <>{value.text}</>;
    case 'vi':
      return <Vi>{value.text}</Vi>;
    case 'unit':
      return <Bilingual vi={value.unit.fullName} en={value.unit.nameEn} />;
    case 'number':
      // A unit's message formats {n} itself (one decimal): pass the number already formatted.
      return (
        <>
          {value.unit
            ? t(value.unit, { n: number(value.value, value.digits) })
            : number(value.value, value.digits)}
        </>
      );
    case 'msg':
      return <>{t(value.msg, value.params)}</>;
  }
}

export function FeatureDetails({ detail, headingId }: { detail: FeatureDetail; headingId?: string }) {
  const { t } = useI18n();
  return (
    <div className="explorer-details">
      <p className="explorer-details-kind muted">{t(detail.kindLabel)}</p>
      <p className="explorer-details-title" id={headingId}>
        <Value value={detail.title} />
      </p>
      {detail.synthetic ? <SyntheticBadge /> : null}
      <dl>
        {detail.rows.map((row) => (
          <div key={row.label.vi}>
            <dt>{t(row.label)}</dt>
            <dd>
              <Value value={row.value} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
