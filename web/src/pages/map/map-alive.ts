import type { Map as MapLibreMap } from 'maplibre-gl';

// A language change makes MapCanvas remove its map and build a new one. The removal happens in an effect
// clean-up, before the page hears of it, so effects of that same render still hold the old map: each
// checks `alive(map)` before touching it.

const removed = new WeakSet<MapLibreMap>();

/** Remembers the map as removed once MapLibre says so. */
export function trackRemoval(map: MapLibreMap, onRemoved: () => void): void {
  map.on('remove', () => {
    removed.add(map);
    onRemoved();
  });
}

export function alive(map: MapLibreMap | null): map is MapLibreMap {
  return map !== null && !removed.has(map);
}
