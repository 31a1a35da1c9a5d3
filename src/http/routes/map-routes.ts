import { Hono } from 'hono';
import {
  OPERATORS,
  type OperatorCode,
  TECHNOLOGIES,
  type Technology,
} from '../../core/assets/asset-model.ts';
import { invalidParameter } from '../../core/errors/error-codes.ts';
import { FACILITY_KINDS, type FacilityKind, isFacilityKind } from '../../services/map/map-service.ts';
import { actorOf } from '../authentication.ts';
import type { AppEnv } from '../env.ts';
import { type Query, rejectUnknown } from '../params.ts';
import { presentFacilityLayer, presentSiteLayer, presentVillageLayer } from '../presenters/map-presenter.ts';

/** RFC 7946 §12: GeoJSON's media type. */
const GEOJSON = { 'content-type': 'application/geo+json; charset=utf-8' };
/** Site layers differ per caller and are operators' data: no shared cache keeps them. */
const PRIVATE = { ...GEOJSON, 'cache-control': 'private' };

/** The value of an optional parameter, trimmed; absent when empty. */
function optional(query: Query, field: string): string | undefined {
  const value = query[field]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** A current province is two digits (`19`); whether it exists today the service checks (404). */
function optionalProvince(query: Query): string | undefined {
  const value = optional(query, 'province');
  if (value !== undefined && !/^\d{2}$/.test(value)) throw invalidParameter('province', value, 'province');
  return value;
}

/** The dense layers are asked per province: the whole country is ~150k sites and ~100k villages. */
function requiredProvince(query: Query): string {
  const value = optionalProvince(query);
  if (value === undefined) throw invalidParameter('province', query.province ?? '', 'province');
  return value;
}

function operatorParam(query: Query): OperatorCode | undefined {
  const value = optional(query, 'operator')?.toUpperCase();
  if (value === undefined) return undefined;
  if ((OPERATORS as readonly string[]).includes(value)) return value as OperatorCode;
  throw invalidParameter('operator', query.operator ?? '', 'operator', { options: OPERATORS.join(', ') });
}

function technologyParam(query: Query): Technology | undefined {
  const value = optional(query, 'technology')?.toUpperCase();
  if (value === undefined) return undefined;
  if ((TECHNOLOGIES as readonly string[]).includes(value)) return value as Technology;
  throw invalidParameter('technology', query.technology ?? '', 'technology');
}

function kindParam(query: Query): FacilityKind {
  const value = optional(query, 'kind')?.toLowerCase() ?? '';
  if (isFacilityKind(value)) return value;
  throw invalidParameter('kind', query.kind ?? '', 'facilityKind', { options: FACILITY_KINDS.join(', ') });
}

/** The map explorer's point layers as GeoJSON (issue 6); see services/map/map-service.ts. */
export const mapRoutes = new Hono<AppEnv>()
  .get('/map/sites', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['province', 'operator', 'technology', 'lang']);
    const province = requiredProvince(query);
    const operator = operatorParam(query);
    const technology = technologyParam(query);
    const { rows } = await c.get('services').map.sites(
      {
        province,
        ...(operator !== undefined ? { operator } : {}),
        ...(technology !== undefined ? { technology } : {}),
      },
      actorOf(c),
    );
    return c.body(JSON.stringify(presentSiteLayer(rows)), 200, PRIVATE);
  })
  .get('/map/villages', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['province', 'lang']);
    const { rows } = await c.get('services').map.villages(requiredProvince(query));
    return c.body(JSON.stringify(presentVillageLayer(rows)), 200, GEOJSON);
  })
  .get('/map/facilities', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['kind', 'province', 'lang']);
    const kind = kindParam(query);
    const layer = await c.get('services').map.facilities(kind, optionalProvince(query));
    return c.body(JSON.stringify(presentFacilityLayer(layer)), 200, GEOJSON);
  });
