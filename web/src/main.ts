import 'maplibre-gl/dist/maplibre-gl.css';
import './style.css';
import { ui } from './dom.ts';
import { initMap } from './map-view.ts';
import { loadProvinces, selectCommune, selectProvince, showNational } from './navigation.ts';
import { renderStatic } from './page-text.ts';
import { renderPanel, setPanelActions } from './panel.ts';
import { state, toggleLang } from './state.ts';

// Wiring only: the first page of Hatang, an offline map of Vietnam's provinces and communes with a side
// panel listing them. Each part lives in its own module.

function init(): void {
  renderStatic();
  ui.langToggle.addEventListener('click', () => {
    toggleLang();
    renderStatic();
    renderPanel();
  });
  ui.back.addEventListener('click', showNational);
  ui.retry.addEventListener('click', () => state.error?.retry());
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.province) showNational();
  });
  setPanelActions({
    selectProvince: (code) => void selectProvince(code, { focusPanel: true }),
    selectCommune,
  });
  initMap({
    selectCommune,
    selectProvince: (code) => void selectProvince(code, { focusPanel: false }),
  });
  renderStatic();
  void loadProvinces();
}

init();
