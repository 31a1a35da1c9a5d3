import { initialLang, type Lang, rememberLang, type Strings, strings } from './i18n.ts';
import type { UnitFeature, UnitProps } from './units.ts';

// What the page shows: language, loaded units, selection, loading and error.

interface State {
  lang: Lang;
  provinces: UnitFeature[] | null;
  province: UnitProps | null;
  communes: UnitFeature[] | null;
  selectedCommune: string | null;
  /** What is being loaded, to say so; null when idle. */
  loading: ((t: Strings) => string) | null;
  error: { message: (t: Strings) => string; detail: string; retry: () => void } | null;
}

export const state: State = {
  lang: initialLang(),
  provinces: null,
  province: null,
  communes: null,
  selectedCommune: null,
  loading: null,
  error: null,
};

/** The strings of the current language. */
export let t = strings(state.lang);

export function toggleLang(): void {
  state.lang = state.lang === 'vi' ? 'en' : 'vi';
  t = strings(state.lang);
  rememberLang(state.lang);
}
