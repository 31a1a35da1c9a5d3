import { OPERATORS, TECHNOLOGIES } from '../../core/assets/asset-model.ts';
import { FACILITY_KINDS } from '../../services/map/map-service.ts';
import { BAD_PARAMETER, errors, type Json, paramRef } from './common.ts';

/**
 * Operations of src/http/routes/map-routes.ts: the map explorer's point layers as GeoJSON (RFC 7946),
 * each a FeatureCollection with the foreign member `total` (§6.1), features of `Point` geometry.
 */

const tags = ['map'];
const GEOJSON_TYPE = 'application/geo+json';

const provinceParam = (required: boolean) => ({
  name: 'province',
  in: 'query',
  required,
  description: required
    ? 'Mã tỉnh, thành phố hiện hành (bắt buộc: cả nước quá nhiều điểm) / Current province code (required)'
    : 'Mã tỉnh, thành phố hiện hành; bỏ trống = cả nước / Current province code; empty = the country',
  schema: { type: 'string', pattern: '^[0-9]{2}$', example: '19' },
});

const synthetic = {
  type: 'boolean',
  description: 'Dữ liệu tổng hợp (demo), không phải số liệu thật / Synthetic (demo) data, not real',
};

/** A GeoJSON FeatureCollection whose features carry these properties. */
function featureCollection(properties: Json, required: string[], nullGeometry = false): Json {
  const point = {
    type: 'object',
    required: ['type', 'coordinates'],
    properties: {
      type: { const: 'Point' },
      coordinates: {
        type: 'array',
        items: { type: 'number' },
        minItems: 2,
        maxItems: 2,
        description: '[kinh độ, vĩ độ] WGS84 / [longitude, latitude]',
      },
    },
  };
  return {
    type: 'object',
    required: ['type', 'total', 'features'],
    properties: {
      type: { const: 'FeatureCollection' },
      total: { type: 'integer', minimum: 0, description: 'Số đối tượng / Number of features' },
      features: {
        type: 'array',
        items: {
          type: 'object',
          required: ['type', 'geometry', 'properties'],
          properties: {
            type: { const: 'Feature' },
            geometry: nullGeometry ? { oneOf: [point, { type: 'null' }] } : point,
            properties: { type: 'object', required, properties },
          },
        },
      },
    },
  };
}

const geoJson = (description: string, schema: Json) => ({
  description,
  content: { [GEOJSON_TYPE]: { schema } },
});

const UNIT_404 = 'Không có tỉnh này vào hôm nay / No such province today (UNIT_NOT_FOUND, UNIT_NOT_IN_FORCE)';

const SITE_PROPERTIES = {
  code: { type: 'string', description: 'Mã trạm của nhà mạng / The operator’s site code' },
  operator: { type: 'string', enum: [...OPERATORS] },
  technologies: { type: 'array', items: { type: 'string', enum: [...TECHNOLOGIES] } },
  communeCode: { type: 'string' },
  status: { type: 'string', enum: ['planned', 'building', 'operating', 'decommissioned'] },
  shared: { type: 'boolean', description: 'Dùng chung hạ tầng / Shared structure' },
  synthetic,
};

const coverage = {
  type: ['object', 'null'],
  description:
    'Có sóng theo công nghệ, từ lần tính vùng phủ gần nhất; null: chưa tính / Covered per technology, from the latest coverage computation; null: not computed',
  properties: Object.fromEntries(TECHNOLOGIES.map((t) => [t, { type: 'boolean' }])),
};

const VILLAGE_PROPERTIES = {
  code: { type: 'string' },
  name: { type: 'string' },
  communeCode: { type: 'string' },
  population: { type: 'integer' },
  households: { type: 'integer' },
  coverage,
  fixedBroadband: {
    type: 'boolean',
    description: 'Có cáp quang (FTTH) của ít nhất một nhà mạng / Fibre (FTTH) from at least one operator',
  },
  synthetic,
};

const number = (description: string) => ({ type: ['number', 'null'], description });

const FACILITY_PROPERTIES = {
  code: { type: 'string' },
  name: { type: 'string' },
  kind: { type: 'string', enum: [...FACILITY_KINDS] },
  provinceCode: { type: 'string' },
  communeCode: { type: ['string', 'null'], description: 'null cho khu CNTT / null for IT parks' },
  approximate: {
    type: 'boolean',
    description:
      'true: vị trí là một điểm trong tỉnh (khu CNTT chỉ lưu theo tỉnh) / the point stands for the province (IT parks are stored by province)',
  },
  synthetic,
  operator: { type: 'string', description: 'data_centre: đơn vị vận hành / operator' },
  tier: { type: ['integer', 'null'], description: 'data_centre: Tier 1–4' },
  capacityMw: { type: 'number', description: 'data_centre: công suất CNTT (MW) / IT capacity' },
  racks: { type: ['integer', 'null'], description: 'data_centre' },
  pue: number('data_centre'),
  status: { type: 'string', enum: ['planned', 'building', 'operating'], description: 'it_park' },
  areaHa: { type: 'number', description: 'it_park: diện tích (ha) / area' },
  bandwidthGbps: number('it_park'),
  type: {
    type: 'string',
    enum: ['regional_centre', 'zone_centre', 'provincial_centre', 'post_office'],
    description: 'postal',
  },
  capacityTonnesPerDay: number('postal: công suất khai thác (tấn/ngày) / tonnes a day'),
};

export const mapPaths = {
  '/api/map/sites': {
    get: {
      operationId: 'getMapSites',
      tags,
      summary: 'Trạm di động của một tỉnh (GeoJSON) / Mobile sites of a province (GeoJSON)',
      description:
        'Dữ liệu cấp trạm chỉ dành cho nhà mạng (trạm của mình), cán bộ tỉnh (trạm trong tỉnh mình), cán bộ quy hoạch trung ương và quản trị. Site-level data: an operator sees its own sites, a provincial officer the sites of their provinces (either suffices), national planners and admins all; anonymous 401, others 403. Every status is listed.',
      parameters: [
        provinceParam(true),
        { name: 'operator', in: 'query', schema: { type: 'string', enum: [...OPERATORS] } },
        { name: 'technology', in: 'query', schema: { type: 'string', enum: [...TECHNOLOGIES] } },
        paramRef('lang'),
      ],
      responses: {
        '200': geoJson(
          'Sites the caller may see, by operator and site code',
          featureCollection(SITE_PROPERTIES, Object.keys(SITE_PROPERTIES)),
        ),
        ...errors({
          '400': BAD_PARAMETER,
          '401': 'Cần đăng nhập / Sign in (UNAUTHENTICATED)',
          '403': 'Tài khoản không được xem dữ liệu cấp trạm / No right to site-level data (FORBIDDEN)',
          '404': UNIT_404,
        }),
      },
    },
  },
  '/api/map/villages': {
    get: {
      operationId: 'getMapVillages',
      tags,
      summary:
        'Thôn, bản của một tỉnh và vùng phủ (GeoJSON) / Villages of a province and their coverage (GeoJSON)',
      parameters: [provinceParam(true), paramRef('lang')],
      responses: {
        '200': geoJson(
          'Villages by code',
          featureCollection(VILLAGE_PROPERTIES, Object.keys(VILLAGE_PROPERTIES)),
        ),
        ...errors({ '400': BAD_PARAMETER, '404': UNIT_404 }),
      },
    },
  },
  '/api/map/facilities': {
    get: {
      operationId: 'getMapFacilities',
      tags,
      summary:
        'Trung tâm dữ liệu, khu CNTT tập trung, cơ sở bưu chính (GeoJSON) / Data centres, IT parks, postal facilities (GeoJSON)',
      parameters: [
        {
          name: 'kind',
          in: 'query',
          required: true,
          schema: { type: 'string', enum: [...FACILITY_KINDS] },
        },
        provinceParam(false),
        paramRef('lang'),
      ],
      responses: {
        '200': geoJson(
          'Facilities of the kind by code; properties common to all kinds plus those of the kind',
          featureCollection(
            FACILITY_PROPERTIES,
            ['code', 'name', 'kind', 'provinceCode', 'communeCode', 'approximate', 'synthetic'],
            true,
          ),
        ),
        ...errors({ '400': BAD_PARAMETER, '404': UNIT_404 }),
      },
    },
  },
};
