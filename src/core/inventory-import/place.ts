import type { LonLat } from '../assets/asset-model.ts';
import { type ReadLonLat, readLonLat, VIETNAM_REGION } from '../geo/coordinate.ts';
import { isEmpty, isProblem, readNumber, readText, show } from '../plans/cell-values.ts';
import type { RawValue } from '../plans/plan-input.ts';
import { type CommuneNames, communeNameMismatch } from './commune-name-check.ts';
import type { CommuneQuery, ImportContext, Message, UnitResolution } from './dataset-contract.ts';
import type { FieldReader, ProblemPlace } from './row-reader.ts';

/**
 * Where a row's asset is, for any dataset with a point: its coordinates, its declared commune, and
 * whether the two agree (the point lies in Vietnam, inside the declared commune or within 1 km of it).
 * The same rules as site-place.ts, written against `FieldReader` and `ImportContext` instead of the
 * sites' own reader and context, so sites can move onto these.
 */
export const COMMUNE_TOLERANCE_M = 1000;

export type PositionKey = 'lon' | 'lat';
export type CommuneKey = 'communeCode' | 'communeName' | 'provinceName';

/** Plane coordinates in metres (VN-2000 eastings/northings are in the hundreds of thousands). */
const looksProjected = (v: unknown) => typeof v === 'number' && Math.abs(v) > 1000;

const DECIMAL = /^\s*-?\d+(?:[.,]\d+)?\s*$/;

/** A number cell, or plain decimal degrees with a dot or a comma; `null` for anything else. */
function plainDegrees(raw: RawValue): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'string' && DECIMAL.test(raw)) return Number(raw.replace(',', '.'));
  return null;
}

const inVietnam = (lon: number, lat: number) =>
  lon >= VIETNAM_REGION.minLon &&
  lon <= VIETNAM_REGION.maxLon &&
  lat >= VIETNAM_REGION.minLat &&
  lat <= VIETNAM_REGION.maxLat;

/** Both coordinate columns as one place, for a problem of the pair. */
const pairOf = (r: FieldReader<PositionKey>): ProblemPlace => ({
  column: `${r.label('lon')} / ${r.label('lat')}`,
  value: `${show(r.raw('lon'))}; ${show(r.raw('lat'))}`,
});

/** Reads the longitude and latitude columns (both required); a swapped pair is read swapped with a warning. */
export function readPosition(r: FieldReader<PositionKey>): ReadLonLat | null {
  const lonRaw = r.raw('lon');
  const latRaw = r.raw('lat');
  if (isEmpty(lonRaw) || isEmpty(latRaw)) {
    // A GeoJSON feature that is no point comes without coordinates: say what it is instead.
    const geometry = r.geometryProblem();
    if (geometry !== null) {
      r.fail('lon', geometry);
      return null;
    }
    // `read` of an empty required cell reports it as required.
    r.read('lon', () => null);
    r.read('lat', () => null);
    return null;
  }
  // Fast path (most rows): plain decimals already in place read as readLonLat would read them.
  const lon = plainDegrees(lonRaw);
  const lat = plainDegrees(latRaw);
  if (lon !== null && lat !== null && inVietnam(lon, lat)) {
    r.locate(lon, lat);
    return { lon, lat, swapped: false };
  }
  const read = readLonLat(show(lonRaw), show(latRaw));
  if (isProblem(read)) {
    if (looksProjected(readNumber(lonRaw)) && looksProjected(readNumber(latRaw))) {
      r.fail(
        'lon',
        {
          vi: 'có vẻ là tọa độ phẳng (mét, VN-2000); cần kinh độ, vĩ độ WGS84 bằng độ',
          en: 'looks like plane coordinates (metres, VN-2000); expected WGS84 longitude and latitude in degrees',
        },
        pairOf(r),
      );
      return null;
    }
    // readLonLat prefixes a one-axis problem with the axis; a region problem concerns the pair.
    const { en } = read.problem;
    if (en.startsWith('longitude:')) r.fail('lon', read.problem);
    else if (en.startsWith('latitude:')) r.fail('lat', read.problem);
    else r.fail('lon', read.problem, pairOf(r));
    return null;
  }
  if (read.swapped) {
    r.warn(
      'lon',
      {
        vi: `hai cột kinh độ và vĩ độ bị đổi chỗ; đã đọc kinh độ ${read.lon}, vĩ độ ${read.lat}`,
        en: `the longitude and latitude columns are swapped; read as longitude ${read.lon}, latitude ${read.lat}`,
      },
      pairOf(r),
    );
  }
  r.locate(read.lon, read.lat);
  return read;
}

/** A cache key part telling apart every cell content (a Date cell is never a commune). */
const rawKey = (raw: RawValue) => (typeof raw === 'string' ? `s${raw}` : `${typeof raw}${String(raw)}`);

/** A code cell as text; a number cell keeps its digits (the resolver pads `1840` to `01840`). */
const queryOf = (code: string | null, name: string | null, provinceName: string | null): CommuneQuery => ({
  ...(code !== null ? { code } : {}),
  ...(name !== null ? { name } : {}),
  ...(provinceName !== null ? { provinceName } : {}),
});

/**
 * Caches the context's commune resolution per distinct (code, name, province) of the file, with the
 * warning for a name that is not the coded commune's (see communeNameMismatch).
 */
export class CommuneLookup {
  private readonly cache = new Map<
    string,
    { found: UnitResolution | null; field: CommuneKey; nameNote: Message | null }
  >();
  private readonly names: CommuneNames;

  constructor(private readonly ctx: ImportContext) {
    this.names = { date: ctx.date, resolveCommune: ctx.resolveCommune, name: ctx.unitName };
  }

  /** The row's current commune code, reporting what the resolver found wrong and its notes. */
  resolve(r: FieldReader<CommuneKey>): string | null {
    const codeRaw = r.raw('communeCode');
    const nameRaw = r.raw('communeName');
    const provinceRaw = r.raw('provinceName');
    const key = `${rawKey(codeRaw)}\u0000${rawKey(nameRaw)}\u0000${rawKey(provinceRaw)}`;
    let entry = this.cache.get(key);
    if (entry === undefined) {
      const code = readText(codeRaw);
      const name = readText(nameRaw);
      const provinceName = readText(provinceRaw);
      const found =
        code === null && name === null
          ? null
          : this.ctx.resolveCommune(queryOf(code, name, provinceName), this.ctx.date);
      // Both a code and a name: the code wins, a name of another commune is flagged. A pre-2025 code
      // mapped forward is left alone (its note names the old commune, whose name the row may well give).
      const nameNote =
        code !== null && name !== null && found !== null && !('problem' in found) && found.note === undefined
          ? communeNameMismatch({ name, provinceName }, found.code, this.names)
          : null;
      entry = { found, field: code !== null ? 'communeCode' : 'communeName', nameNote };
      this.cache.set(key, entry);
    }
    const { found, field, nameNote } = entry;
    if (found === null) {
      r.fail('communeCode', {
        vi: 'cần mã xã hoặc tên xã, đang để trống cả hai',
        en: 'a commune code or a commune name is required; both are empty',
      });
      return null;
    }
    if ('problem' in found) {
      r.fail(field, found.problem);
      return null;
    }
    if (found.note) r.warn(field, found.note);
    if (nameNote !== null) r.warn('communeName', nameNote);
    return found.code;
  }
}

/** `Phường Đức Xuân (01840)`, or the code alone when the context has no names. */
export function describeUnit(ctx: ImportContext, code: string): string {
  const name = ctx.unitName?.(code);
  return name ? `${name} (${code})` : code;
}

/** The point lies in some commune, and in the declared one or within 1 km of it. */
export function checkPlace(
  r: FieldReader<PositionKey | CommuneKey>,
  ctx: ImportContext,
  p: LonLat,
  communeCode: string,
): void {
  // Most points lie inside their commune: one point-in-polygon test, no search of the index.
  if (ctx.polygons.within(communeCode, p.lon, p.lat, 0) === true) return;
  const located = ctx.polygons.locate(p.lon, p.lat);
  if (located.includes(communeCode)) return;
  const pair = pairOf(r);
  const at = `(${p.lon}, ${p.lat})`;
  const declared = describeUnit(ctx, communeCode);
  const near = ctx.polygons.within(communeCode, p.lon, p.lat, COMMUNE_TOLERANCE_M);
  if (near === null) {
    r.warn('communeCode', {
      vi: `không có ranh giới của xã ${declared} để kiểm tra vị trí`,
      en: `no boundary for commune ${declared} to check the position against`,
    });
    if (located.length === 0) {
      r.fail(
        'lon',
        { vi: `vị trí ${at} nằm ngoài Việt Nam`, en: `the position ${at} is outside Vietnam` },
        pair,
      );
    }
  } else if (located.length === 0) {
    if (near) {
      r.warn(
        'lon',
        {
          vi: `vị trí ${at} nằm ngoài ranh giới mọi xã nhưng cách ${declared} dưới 1 km (ven biển hoặc biên giới?)`,
          en: `the position ${at} lies outside every commune boundary but within 1 km of ${declared} (coast or border?)`,
        },
        pair,
      );
    } else {
      r.fail(
        'lon',
        {
          vi: `vị trí ${at} nằm ngoài Việt Nam (không thuộc xã nào), cách ${declared} hơn 1 km`,
          en: `the position ${at} is outside Vietnam (in no commune), more than 1 km from ${declared}`,
        },
        pair,
      );
    }
  } else if (!near) {
    const where = located.map((c) => describeUnit(ctx, c)).join(', ');
    r.fail(
      'lon',
      {
        vi: `vị trí ${at} nằm ở ${where}, cách ${declared} đã khai báo hơn 1 km`,
        en: `the position ${at} lies in ${where}, more than 1 km from the declared ${declared}`,
      },
      pair,
    );
  }
}

/**
 * The whole place of a row with a point: position (swaps counted by `swapped`), commune, and the
 * check that they agree. `null` parts were reported.
 */
export function readPlace(
  r: FieldReader<PositionKey | CommuneKey>,
  ctx: ImportContext,
  communes: CommuneLookup,
  swapped: () => void,
): { position: LonLat | null; communeCode: string | null } {
  const read = readPosition(r);
  if (read?.swapped) swapped();
  const position = read && { lon: read.lon, lat: read.lat };
  const communeCode = communes.resolve(r);
  if (position !== null && communeCode !== null) checkPlace(r, ctx, position, communeCode);
  return { position, communeCode };
}
