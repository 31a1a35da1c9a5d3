import { ui } from './dom.ts';
import { state, t } from './state.ts';
import type { UnitFeature } from './units.ts';

// The side panel: heading, count, the list of provinces or communes, loading and error.

export interface PanelActions {
  selectProvince(code: string): void;
  selectCommune(code: string): void;
}

/** What the list's buttons do; set once by main.ts, which wires the panel to the navigation. */
let actions: PanelActions = { selectProvince: () => {}, selectCommune: () => {} };

export function setPanelActions(value: PanelActions): void {
  actions = value;
}

function unitButton(feature: UnitFeature, pressed: boolean | null, onClick: () => void): HTMLLIElement {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'unit-button';
  button.dataset.code = feature.properties.code;
  button.textContent = feature.properties.fullName;
  if (pressed !== null) button.setAttribute('aria-pressed', String(pressed));
  button.addEventListener('click', onClick);
  li.append(button);
  return li;
}

export function renderPanel(): void {
  const province = state.province;
  ui.back.hidden = province === null;
  ui.heading.textContent = province ? province.fullName : t.nationalHeading;

  const units = province ? state.communes : state.provinces;
  ui.count.textContent = units
    ? province
      ? t.communesCount(units.length)
      : t.provincesCount(units.length)
    : '';
  ui.listLabel.textContent = province ? t.communeListLabel(province.fullName) : t.provinceListLabel;

  const items = (units ?? []).map((f) =>
    province
      ? unitButton(f, f.properties.code === state.selectedCommune, () =>
          actions.selectCommune(f.properties.code),
        )
      : unitButton(f, null, () => actions.selectProvince(f.properties.code)),
  );
  ui.list.replaceChildren(...items);

  ui.loading.hidden = state.loading === null;
  ui.loadingText.textContent = state.loading ? state.loading(t) : '';
  ui.mapRegion.setAttribute('aria-busy', String(state.loading !== null));

  ui.error.hidden = state.error === null;
  ui.errorText.textContent = state.error ? state.error.message(t) : '';
  ui.errorDetail.textContent = state.error ? t.errorDetail(state.error.detail) : '';
}

/** Marks the commune's button as the pressed one. */
export function pressCommune(code: string): void {
  for (const b of ui.list.querySelectorAll<HTMLButtonElement>('button[data-code]')) {
    const pressed = b.dataset.code === code;
    b.setAttribute('aria-pressed', String(pressed));
    // A click on the map should show the commune's name in the list too.
    if (pressed) b.scrollIntoView({ block: 'nearest' });
  }
}

/** Focuses the list button of a unit, or the heading when there is none. */
export function focusUnit(code: string | null): void {
  const button = code ? ui.list.querySelector<HTMLButtonElement>(`button[data-code="${code}"]`) : null;
  (button ?? ui.heading).focus();
}
