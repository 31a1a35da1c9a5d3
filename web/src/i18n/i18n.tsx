import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

// Every label of the interface is a `Msg`: its Vietnamese text (the reference, shown by default) and its
// English one side by side, so a label without English cannot compile. Messages live per page under
// ./messages; `t(msg, params)` picks the language and fills `{name}` placeholders.

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

export interface Msg {
  readonly vi: string;
  readonly en: string;
}

export type Params = Readonly<Record<string, string | number>>;

const STORAGE_KEY = 'hatang.lang';

/** Fills `{name}` placeholders; numbers are formatted for the language. Unknown names stay visible. */
export function fill(text: string, params: Params | undefined, lang: Lang): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/** Vietnamese writes 1.234,5; English 1,234.5. Up to `digits` decimals, none when whole. */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits }).format(
    value,
  );
}

/** 2025-07-01 → 1/7/2025 (vi, as in decisions) or 1 Jul 2025 (en). */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  if (lang === 'vi') return `${d}/${m}/${y}`;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

export interface I18n {
  readonly lang: Lang;
  setLang(lang: Lang): void;
  t(msg: Msg, params?: Params): string;
  /** A record's bilingual name (nameVi/nameEn, titleVi/titleEn): English when there is one. */
  pick(vi: string, en: string | null | undefined): string;
  number(value: number, digits?: number): string;
  date(iso: string): string;
}

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'vi') return stored;
  } catch {
    // Storage refused (private mode, policy): the default will do.
  }
  return 'vi';
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered across visits; the switch still works now.
    }
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (msg, params) => fill(msg[lang], params, lang),
      pick: (vi, en) => (lang === 'en' && en ? en : vi),
      number: (v, digits) => formatNumber(v, lang, digits),
      date: (iso) => formatDate(iso, lang),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** The current language outside React (API calls send it as Accept-Language for error messages). */
export function currentLang(): Lang {
  return document.documentElement.lang === 'en' ? 'en' : 'vi';
}
