import { TECHNOLOGIES, type Technology } from '../../../../src/core/assets/asset-model.ts';

// What the explorer shows, kept in the address so a view can be bookmarked and shared:
//   /map?province=19&layers=sites,gaps&operator=VIETTEL&tech=4G&cover=3G&list=gaps
// Anything malformed in a hand-edited address falls back to the default instead of failing the page.

export const LAYER_IDS = ['sites', 'villages', 'gaps', 'datacentres', 'itparks'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Layers that need a province (a whole country of villages or sites is too much for one map). */
export const PROVINCE_LAYERS: ReadonlySet<LayerId> = new Set(['sites', 'villages', 'gaps']);

export const DEFAULT_LAYERS: readonly LayerId[] = ['sites', 'gaps', 'datacentres', 'itparks'];
export const DEFAULT_COVER_TECH: Technology = '4G';

export interface ExplorerState {
  readonly province: string | null;
  readonly layers: ReadonlySet<LayerId>;
  /** Site filters (sent to the server). */
  readonly operator: string | null;
  readonly technology: Technology | null;
  /** The technology the village layers are coloured / filtered by. */
  readonly coverTech: Technology;
  /** The layer listed in the table under the map (the keyboard route to every feature). */
  readonly list: LayerId | null;
}

/** The query parameters of the state (a parameter absent means its default). */
export const PARAMS = ['province', 'layers', 'operator', 'tech', 'cover', 'list'] as const;
export type ParamName = (typeof PARAMS)[number];

/** "none" says every layer was switched off: an absent parameter would bring the defaults back. */
const NO_LAYERS = 'none';

const isLayer = (value: string): value is LayerId => (LAYER_IDS as readonly string[]).includes(value);

export function parseTechnology(value: string | null): Technology | null {
  const upper = value?.trim().toUpperCase() ?? '';
  return (TECHNOLOGIES as readonly string[]).includes(upper) ? (upper as Technology) : null;
}

export function parseExplorerState(search: URLSearchParams): ExplorerState {
  const province = search.get('province')?.trim() ?? '';
  const operator = search.get('operator')?.trim().toUpperCase() ?? '';
  const layersParam = search.get('layers');
  let layers: Set<LayerId>;
  if (layersParam === null) layers = new Set(DEFAULT_LAYERS);
  else {
    layers = new Set();
    for (const part of layersParam.split(',')) {
      const id = part.trim().toLowerCase();
      if (isLayer(id)) layers.add(id);
    }
  }
  const list = search.get('list')?.trim().toLowerCase() ?? '';
  return {
    province: /^\d{2}$/.test(province) ? province : null,
    layers,
    operator: /^[A-Z0-9_-]{1,30}$/.test(operator) ? operator : null,
    technology: parseTechnology(search.get('tech')),
    coverTech: parseTechnology(search.get('cover')) ?? DEFAULT_COVER_TECH,
    list: isLayer(list) ? list : null,
  };
}

/** Each parameter's value for the state; null where the default applies (the parameter is removed). */
export function serialiseExplorerState(state: ExplorerState): Record<ParamName, string | null> {
  const layers = LAYER_IDS.filter((id) => state.layers.has(id));
  const defaults =
    layers.length === DEFAULT_LAYERS.length && DEFAULT_LAYERS.every((id) => state.layers.has(id));
  return {
    province: state.province,
    layers: defaults ? null : layers.length === 0 ? NO_LAYERS : layers.join(','),
    operator: state.operator,
    tech: state.technology,
    cover: state.coverTech === DEFAULT_COVER_TECH ? null : state.coverTech,
    list: state.list,
  };
}

/** The parameters that differ between two states (what a change has to write to the address). */
export function changedParams(before: ExplorerState, after: ExplorerState): [ParamName, string | null][] {
  const a = serialiseExplorerState(before);
  const b = serialiseExplorerState(after);
  return PARAMS.filter((name) => a[name] !== b[name]).map((name) => [name, b[name]]);
}

/** The layer the table lists: the chosen one if it is on, else the first visible point layer. */
export function listedLayer(state: ExplorerState, visible: readonly LayerId[]): LayerId | null {
  if (state.list && visible.includes(state.list)) return state.list;
  return visible[0] ?? null;
}

/** Layers that can be drawn now: on, allowed for the user, and with a province when they need one. */
export function drawableLayers(state: ExplorerState, canSeeSites: boolean): LayerId[] {
  return LAYER_IDS.filter(
    (id) =>
      state.layers.has(id) &&
      (id !== 'sites' || canSeeSites) &&
      (!PROVINCE_LAYERS.has(id) || state.province !== null),
  );
}
