import type { Feature, Geometry, Position } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';

// Bounding boxes of units, for fitting the map to them.

type Bounds = [number, number, number, number];

function extendBounds(coords: Position | Position[] | Position[][] | Position[][][], b: Bounds): void {
  const first = coords[0];
  if (typeof first === 'number') {
    const [x, y] = coords as Position;
    if (x === undefined || y === undefined) return;
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
    return;
  }
  for (const c of coords as Position[][]) extendBounds(c, b);
}

function geometryBounds(geometry: Geometry, b: Bounds): void {
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries) geometryBounds(g, b);
  } else {
    extendBounds(geometry.coordinates, b);
  }
}

export function featuresBounds(features: Feature[]): LngLatBoundsLike | null {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) geometryBounds(f.geometry, b);
  return b[0] <= b[2] && b[1] <= b[3] ? [b[0], b[1], b[2], b[3]] : null;
}
