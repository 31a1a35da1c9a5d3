import type { Geometry } from 'geojson';
import type { UnitCollection, UnitFeature } from './units.ts';

// Fetching the units' GeoJSON from the Hatang API, with failures turned into short, typed errors.

/** A failed load, with a short technical detail to show under the plain-language message. */
export class LoadError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks the parts of the answer the page relies on, so a wrong answer fails here with a clear message
 * instead of somewhere inside MapLibre's worker. */
function parseUnits(body: unknown): UnitCollection {
  if (!isRecord(body) || body.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
    throw new LoadError('not a GeoJSON FeatureCollection');
  }
  const features: UnitFeature[] = [];
  for (const f of body.features as unknown[]) {
    if (!isRecord(f) || !isRecord(f.properties) || !isRecord(f.geometry)) {
      throw new LoadError('feature without properties or geometry');
    }
    const p = f.properties;
    if (typeof p.code !== 'string' || typeof p.fullName !== 'string') {
      throw new LoadError('feature without code or fullName');
    }
    features.push({
      type: 'Feature',
      geometry: f.geometry as unknown as Geometry,
      properties: {
        code: p.code,
        name: typeof p.name === 'string' ? p.name : p.fullName,
        fullName: p.fullName,
        level: typeof p.level === 'string' ? p.level : '',
        unitType: typeof p.unitType === 'string' ? p.unitType : '',
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

export async function fetchUnits(url: string, signal: AbortSignal): Promise<UnitCollection> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/geo+json, application/json' } });
  } catch (err) {
    if (signal.aborted) throw err;
    throw new LoadError(`network: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!response.ok) {
    // The API answers errors as {"error": {"code", "message"}}; show the code, it is what support asks for.
    let detail = `HTTP ${response.status}`;
    try {
      const body: unknown = await response.json();
      if (isRecord(body) && isRecord(body.error) && typeof body.error.code === 'string') {
        detail += ` ${body.error.code}`;
      }
    } catch {
      // Not JSON (a proxy's error page, say): the status alone will do.
    }
    throw new LoadError(detail);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new LoadError('invalid JSON');
  }
  return parseUnits(body);
}

export function failureDetail(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
