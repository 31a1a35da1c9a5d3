import { useI18n } from '../i18n/i18n.tsx';
import { common } from '../i18n/messages/common.ts';

/** One button on every page: "EN" while the page is Vietnamese, "VI" while it is English. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const next = lang === 'vi' ? 'en' : 'vi';
  return (
    <button
      type="button"
      className="lang-switch"
      onClick={() => setLang(next)}
      // The accessible name starts with the visible text (WCAG 2.5.3 Label in Name).
      aria-label={`${next.toUpperCase()}: ${t(common.switchTo)}`}
      // Spoken in the language it offers, as language pickers do.
      lang={next}
    >
      {next.toUpperCase()}
    </button>
  );
}
