import type { LonLat } from '../assets/asset-model.ts';

/**
 * Distances on a spherical Earth. Everything here is pure arithmetic on degrees (WGS 84 lon/lat as
 * GeoJSON writes them) and metres.
 */

/**
 * The IUGG mean Earth radius R₁ = (2a + b) / 3 of the GRS 80 ellipsoid (a = 6,378,137 m,
 * b ≈ 6,356,752.3141 m): 6,371,008.8 m (H. Moritz, "Geodetic Reference System 1980", Bulletin
 * Géodésique 54(3), 1980; the same value for WGS 84). PostGIS uses this radius for geography
 * computations with `use_spheroid = false`.
 */
export const EARTH_RADIUS_M = 6_371_008.8;

export const DEG = Math.PI / 180;

/**
 * Great-circle distance by the haversine formula (R. W. Sinnott, "Virtues of the Haversine",
 * Sky and Telescope 68(2), 1984, p. 159):
 *   h = sin²(Δφ/2) + cos φ₁ · cos φ₂ · sin²(Δλ/2),   d = 2R · asin(√h)
 * which stays accurate for short distances (no 1 − cos θ cancellation).
 */
export function haversineMetres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  return centralAngleToMetres(haversineTerm(lon1, lat1, lon2, lat2));
}

/** `haversineMetres` for two `LonLat`s. */
export function distanceMetres(a: LonLat, b: LonLat): number {
  return haversineMetres(a.lon, a.lat, b.lon, b.lat);
}

/** The haversine term h = sin²(θ/2) of the central angle θ between two points. */
export function haversineTerm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const sinDLat = Math.sin(((lat2 - lat1) * DEG) / 2);
  const sinDLon = Math.sin(((lon2 - lon1) * DEG) / 2);
  return sinDLat * sinDLat + Math.cos(lat1 * DEG) * Math.cos(lat2 * DEG) * sinDLon * sinDLon;
}

/** d = 2R · asin(√h), with h clamped to [0, 1] against rounding. */
export function centralAngleToMetres(h: number): number {
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(Math.min(1, Math.max(0, h))));
}

/**
 * The haversine term of a distance: h = sin²(d / 2R). A point is within `metres` of another exactly
 * when its haversine term is ≤ this (sin² is increasing on [0, π/2]).
 */
export function metresToHaversineTerm(metres: number): number {
  const half = Math.min(Math.PI / 2, metres / (2 * EARTH_RADIUS_M));
  const s = Math.sin(half);
  return s * s;
}

/**
 * The unit vector of a point on the sphere. For two unit vectors at chord length c,
 * c = 2 sin(θ/2), so the haversine term is h = c² / 4 exactly: the coverage engine uses this form
 * (three subtractions instead of two sines per pair) with the same result up to rounding.
 */
export function unitVector(lon: number, lat: number): [number, number, number] {
  const phi = lat * DEG;
  const lambda = lon * DEG;
  const c = Math.cos(phi);
  return [c * Math.cos(lambda), c * Math.sin(lambda), Math.sin(phi)];
}

export interface BBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/**
 * The smallest lon/lat box holding every point within `metres` of (lon, lat) on the sphere
 * (J. P. Matuschek, "Finding Points Within a Distance of a Latitude/Longitude Using Bounding
 * Coordinates", 2011, janmatuschek.de): with the angular radius r = d / R,
 *   φ ± r,   λ ± Δλ where Δλ = asin(sin r / cos φ)
 * (Δλ is attained at latitude asin(sin φ / cos r), not at φ itself, so a box of r / cos φ would be
 * too narrow). When a pole falls inside the circle the box spans every longitude. Boxes are not
 * wrapped at the antimeridian: longitudes may leave [−180, 180] (not needed for Vietnam). `out`
 * lets hot loops reuse one object.
 */
export function radiusBBox(
  lon: number,
  lat: number,
  metres: number,
  out: BBox = { minLon: 0, minLat: 0, maxLon: 0, maxLat: 0 },
): BBox {
  const r = metres / EARTH_RADIUS_M;
  const phi = lat * DEG;
  const minPhi = phi - r;
  const maxPhi = phi + r;
  if (minPhi <= -Math.PI / 2 || maxPhi >= Math.PI / 2 || r >= Math.PI / 2) {
    out.minLon = -180;
    out.maxLon = 180;
    out.minLat = Math.max(-90, minPhi / DEG);
    out.maxLat = Math.min(90, maxPhi / DEG);
    return out;
  }
  const ratio = Math.sin(r) / Math.cos(phi);
  const dLon = ratio >= 1 ? 180 : Math.asin(ratio) / DEG;
  out.minLon = lon - dLon;
  out.maxLon = lon + dLon;
  out.minLat = minPhi / DEG;
  out.maxLat = maxPhi / DEG;
  return out;
}

/**
 * The point reached from (lon, lat) going `metres` along the great circle of initial bearing
 * `bearingDeg` (clockwise from north), the "direct" problem on the sphere (E. Williams, Aviation
 * Formulary, "Lat/lon given radial and distance"):
 *   φ₂ = asin(sin φ₁ cos δ + cos φ₁ sin δ cos θ)
 *   λ₂ = λ₁ + atan2(sin θ sin δ cos φ₁, cos δ − sin φ₁ sin φ₂),   δ = d / R.
 */
export function destination(lon: number, lat: number, bearingDeg: number, metres: number): LonLat {
  const delta = metres / EARTH_RADIUS_M;
  const theta = bearingDeg * DEG;
  const phi1 = lat * DEG;
  const sinPhi2 = Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta);
  const phi2 = Math.asin(Math.max(-1, Math.min(1, sinPhi2)));
  const lambda2 =
    lon * DEG +
    Math.atan2(
      Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
      Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2),
    );
  return { lon: lambda2 / DEG, lat: phi2 / DEG };
}
