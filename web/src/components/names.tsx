import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ServerText } from './ServerText.tsx';

// Names that come from the data (units, plans, indicators) are Vietnamese; shown on an English page
// they are marked lang="vi", so screen readers pronounce them right and the language check of the
// end-to-end tests knows they are data, not untranslated labels.

export function Vi({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  return lang === 'vi' ? children : <span lang="vi">{children}</span>;
}

/**
 * A bilingual record's name: English when it has one (with the Vietnamese names inside it marked, as
 * in "plan of Bắc Kạn province"), else the Vietnamese marked as such.
 */
export function Bilingual({ vi, en }: { vi: string; en: string | null | undefined }) {
  const { lang } = useI18n();
  if (lang === 'en' && en) return <ServerText text={en} />;
  return <Vi>{vi}</Vi>;
}

export function UnitName({ unit }: { unit: { fullName: string; nameEn?: string | null | undefined } }) {
  return <Bilingual vi={unit.fullName} en={unit.nameEn} />;
}
