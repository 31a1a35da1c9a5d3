import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { markLoading, markReady } from '../../map/MapCanvas.tsx';
import { alive } from './map-alive.ts';

/**
 * Keeps the map's data-state honest for the tests: "loading" from any change until everything asked for
 * is drawn, then "ready" (markReady). One markReady at a time per map: two in flight would both set
 * "ready", and the older one cannot be told apart afterwards. A change while one is in flight makes the
 * loop go round again once it returns.
 *
 * `changes` are the things whose redraw restarts the wait; `layer` is the layer markReady counts.
 */
export function useMapReadiness(
  map: MapLibreMap | null,
  pending: boolean,
  layer: string,
  changes: readonly unknown[],
): void {
  const generation = useRef(0);
  const latest = useRef({ pending, layer });
  latest.current = { pending, layer };
  const running = useRef<MapLibreMap | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the changes are the trigger
  useEffect(() => {
    if (!alive(map)) return;
    generation.current += 1;
    markLoading(map);
    if (pending || running.current === map) return;
    running.current = map;
    const settle = async () => {
      try {
        for (;;) {
          const mine = generation.current;
          if (latest.current.pending) {
            // A later run of this effect (when the answers arrive) starts the loop again.
            markLoading(map);
            return;
          }
          await markReady(map, latest.current.layer);
          if (generation.current === mine || !alive(map)) return;
          markLoading(map);
        }
      } finally {
        if (running.current === map) running.current = null;
      }
    };
    settle().catch((err: unknown) => console.error('Hatang map: could not finish drawing', err));
  }, [map, pending, layer, ...changes]);
}
