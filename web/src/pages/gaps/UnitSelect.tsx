import { useMemo } from 'react';
import type { UnitRef } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

interface UnitSelectProps {
  readonly label: string;
  /** The first option, choosing no unit ("Cả nước", "Tất cả xã"). */
  readonly emptyLabel: string;
  readonly units: readonly UnitRef[];
  readonly value: string | null;
  onChange(code: string | null): void;
  /** Provinces read best by short name (Hà Nội); communes by full name (Phường Thục Phán). */
  readonly full?: boolean;
  readonly disabled?: boolean;
}

/** A labelled select of units sorted by name as Vietnamese sorts it; English names where the data has them. */
export function UnitSelect({ label, emptyLabel, units, value, onChange, full, disabled }: UnitSelectProps) {
  const { lang } = useI18n();
  const options = useMemo(() => {
    const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en');
    return units
      .map((u) => {
        const en = lang === 'en' && u.nameEn ? u.nameEn : null;
        return { code: u.code, text: en ?? (full ? u.fullName : u.name), key: u.name, vi: en === null };
      })
      .sort((a, b) => collator.compare(lang === 'vi' ? a.key : a.text, lang === 'vi' ? b.key : b.text));
  }, [units, lang, full]);
  return (
    <label className="field">
      {label}
      <select
        value={value ?? ''}
        disabled={disabled}
        onChange={(e) => {
          onChange(e.target.value === '' ? null : e.target.value);
        }}
      >
        <option value="">{emptyLabel}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code} {...(o.vi && lang === 'en' ? { lang: 'vi' } : {})}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}
