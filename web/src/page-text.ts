import { ui } from './dom.ts';
import { state, t } from './state.ts';

// The page's fixed texts (titles, labels, attribution) in the current language.

export function renderStatic(): void {
  document.documentElement.lang = state.lang;
  document.title = t.appTitle;
  ui.title.textContent = t.appTitle;
  ui.subtitle.textContent = t.appSubtitle;
  ui.langToggle.textContent = t.switchLang;
  ui.langToggle.lang = state.lang === 'vi' ? 'en' : 'vi';
  ui.langToggle.setAttribute('aria-label', t.switchLangLabel);
  ui.panel.setAttribute('aria-label', t.panelLabel);
  ui.mapRegion.setAttribute('aria-label', t.mapLabel);
  ui.back.textContent = t.back;
  ui.back.setAttribute('aria-label', t.backLabel);
  ui.retry.textContent = t.retry;
  ui.attrPrefix.textContent = t.attributionPrefix;
  ui.attrSource.textContent = t.attributionSource;
  ui.attrLicence.textContent = t.attributionLicence;
  if (ui.notice.dataset.kind === 'no-webgl') ui.notice.textContent = t.noWebgl;
  // MapLibre takes its control labels only at creation; keep the zoom buttons in the page's language.
  for (const [selector, key] of [
    ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
    ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ] as const) {
    const button = ui.mapContainer.querySelector(selector);
    const label = t.mapLocale[key];
    if (button && label) {
      button.setAttribute('aria-label', label);
      button.setAttribute('title', label);
    }
  }
}
