// The page's fixed elements (web/index.html), looked up once; a missing one fails at start-up.

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`page is missing #${id}`);
  return el;
}

export const ui = {
  title: element('app-title', HTMLHeadingElement),
  subtitle: element('app-subtitle', HTMLParagraphElement),
  langToggle: element('lang-toggle', HTMLButtonElement),
  panel: element('panel', HTMLElement),
  back: element('back', HTMLButtonElement),
  heading: element('panel-heading', HTMLHeadingElement),
  count: element('panel-count', HTMLParagraphElement),
  listLabel: element('list-label', HTMLHeadingElement),
  list: element('unit-list', HTMLUListElement),
  loading: element('loading', HTMLDivElement),
  loadingText: element('loading-text', HTMLSpanElement),
  error: element('error', HTMLDivElement),
  errorText: element('error-text', HTMLParagraphElement),
  errorDetail: element('error-detail', HTMLParagraphElement),
  retry: element('retry', HTMLButtonElement),
  notice: element('notice', HTMLParagraphElement),
  mapRegion: element('map-region', HTMLElement),
  mapContainer: element('map', HTMLDivElement),
  hoverLabel: element('hover-label', HTMLDivElement),
  attrPrefix: element('attr-prefix', HTMLSpanElement),
  attrSource: element('attr-source', HTMLAnchorElement),
  attrLicence: element('attr-licence', HTMLSpanElement),
};
