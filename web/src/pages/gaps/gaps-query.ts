import { query } from '../../api/client.ts';

// The gap page's filter lives in the address (?tech=5G&province=04&commune=01273&page=2), so a filtered
// list can be bookmarked and sent to a colleague. Reading it never fails: a wrong value falls back.

export const TECHNOLOGIES = ['2G', '3G', '4G', '5G'] as const;
export type Technology = (typeof TECHNOLOGIES)[number];
export const DEFAULT_TECH: Technology = '4G';
export const PAGE_SIZE = 50;

/**
 * Without a province, the map is drawn only up to this many villages. Measured on the demo inventory:
 * the GeoJSON export takes ~440 bytes a village (4G, 684 villages: 0.3 MB; 2G, 5,284: 2.3 MB; 5G,
 * 44,706: 19.5 MB). 10,000 villages is ~4.4 MB; a province has at most ~2,000 (0.9 MB).
 */
export const MAP_MAX_VILLAGES = 10_000;

export interface GapFilters {
  readonly tech: Technology;
  readonly province: string | null;
  readonly commune: string | null;
  /** 1-based. */
  readonly page: number;
}

const PROVINCE = /^\d{2}$/;
const COMMUNE = /^\d{5}$/;

export function readFilters(search: URLSearchParams): GapFilters {
  const tech = (search.get('tech') ?? '').toUpperCase();
  const province = search.get('province');
  const commune = search.get('commune');
  const page = Number(search.get('page'));
  const validProvince = province !== null && PROVINCE.test(province) ? province : null;
  return {
    tech: (TECHNOLOGIES as readonly string[]).includes(tech) ? (tech as Technology) : DEFAULT_TECH,
    province: validProvince,
    // A commune only means something inside its province.
    commune: validProvince && commune !== null && COMMUNE.test(commune) ? commune : null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/**
 * The address query after one filter change. A new technology or place starts again at page 1; a new
 * province drops the commune (it belonged to the old one). Other parameters of the address are kept.
 */
export function changeFilters(search: URLSearchParams, change: Partial<GapFilters>): string {
  const next = new URLSearchParams(search);
  const set = (name: string, value: string | null) => {
    if (value === null || value === '') next.delete(name);
    else next.set(name, value);
  };
  if (change.tech !== undefined) set('tech', change.tech === DEFAULT_TECH ? null : change.tech);
  if (change.province !== undefined) {
    set('province', change.province);
    next.delete('commune');
  }
  if (change.commune !== undefined) set('commune', change.commune);
  if (change.page !== undefined) set('page', change.page > 1 ? String(change.page) : null);
  else next.delete('page');
  const text = next.toString();
  return text ? `?${text}` : '';
}

/** The unit the API filters on: the commune when chosen, else the province, else none (the country). */
export const filterUnit = (f: GapFilters): string | null => f.commune ?? f.province;

/** One page of the list (JSON). */
export function gapsPagePath(f: GapFilters): string {
  return `/api/gaps${query({ tech: f.tech, unit: filterUnit(f), limit: PAGE_SIZE, offset: (f.page - 1) * PAGE_SIZE })}`;
}

/** Only the number of villages of the filter (no rows): decides the map whatever page is shown. */
export function gapsCountPath(f: GapFilters): string {
  return `/api/gaps${query({ tech: f.tech, unit: filterUnit(f), limit: 0 })}`;
}

/** The whole filtered list as a file (the server ignores paging for exports). */
export function gapsExportPath(f: GapFilters, format: 'csv' | 'xlsx' | 'geojson'): string {
  return `/api/gaps${query({ tech: f.tech, unit: filterUnit(f), format })}`;
}

export interface Paging {
  readonly page: number;
  readonly pages: number;
  readonly total: number;
  /** 1-based numbers of the first and last rows shown (0, 0 when there are none). */
  readonly from: number;
  readonly to: number;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
}

export function paging(total: number, page: number, size = PAGE_SIZE): Paging {
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, page), pages);
  const from = total === 0 ? 0 : (current - 1) * size + 1;
  return {
    page: current,
    pages,
    total,
    from,
    to: Math.min(total, current * size),
    hasPrevious: current > 1,
    hasNext: current < pages,
  };
}

/** Whether the map can be drawn for this filter: any province or commune, or a country list that is small enough. */
export function mapDrawable(f: GapFilters, total: number): boolean {
  return filterUnit(f) !== null || total <= MAP_MAX_VILLAGES;
}

/** Metres as people say them: 850 m, 9,3 km (vi) / 9.3 km (en). */
export function distanceParts(metres: number): { unit: 'm' | 'km'; value: number } {
  if (metres < 1000) return { unit: 'm', value: Math.round(metres) };
  return { unit: 'km', value: Math.round(metres / 100) / 10 };
}
