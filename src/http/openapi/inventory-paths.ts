import { BAD_PARAMETER, errors, limitParam, offsetParam, paramRef } from './common.ts';

const GAP_PROPERTIES = {
  villageCode: { type: 'string' },
  villageName: { type: 'string' },
  communeCode: { type: 'string' },
  communeName: { type: 'string' },
  provinceCode: { type: 'string' },
  lon: { type: 'number' },
  lat: { type: 'number' },
  population: { type: 'integer' },
  households: { type: 'integer' },
  synthetic: { type: 'boolean', description: 'Dữ liệu tổng hợp (demo), không phải số liệu thật' },
  nearestSiteCode: { type: ['string', 'null'] },
  nearestOperator: { type: ['string', 'null'] },
  nearestDistanceM: { type: ['number', 'null'] },
};

/** Operations of src/http/routes/inventory-routes.ts. */
export const inventoryPaths = {
  '/api/gaps': {
    get: {
      operationId: 'listGaps',
      tags: ['inventory'],
      summary: 'Thôn, bản chưa có sóng theo công nghệ / Villages not covered by a technology',
      parameters: [
        {
          name: 'tech',
          in: 'query',
          schema: { type: 'string', enum: ['2G', '3G', '4G', '5G'], default: '4G' },
        },
        {
          name: 'unit',
          in: 'query',
          description: 'Mã tỉnh hoặc xã hiện hành; bỏ trống = toàn quốc / Current province or commune code',
          schema: { type: 'string', example: '19' },
        },
        paramRef('date'),
        {
          name: 'format',
          in: 'query',
          description: 'json (một trang), hoặc tải về toàn bộ: csv (UTF-8, dấu ;), xlsx, geojson',
          schema: { type: 'string', enum: ['json', 'csv', 'xlsx', 'geojson'], default: 'json' },
        },
        limitParam(100, 0, 1000),
        offsetParam,
        paramRef('lang'),
      ],
      responses: {
        '200': {
          description: 'Uncovered villages with the nearest site offering the technology',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['items', 'total', 'technology'],
                properties: {
                  items: { type: 'array', items: { type: 'object', properties: GAP_PROPERTIES } },
                  total: { type: 'integer' },
                  technology: { type: 'string' },
                },
              },
            },
            'text/csv': { schema: { type: 'string' } },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: { type: 'string', format: 'binary' },
            },
            'application/geo+json': { schema: { type: 'object' } },
          },
        },
        ...errors({
          '400': BAD_PARAMETER,
          '404': 'Không có đơn vị / No such unit (UNIT_NOT_FOUND, UNIT_NOT_IN_FORCE)',
        }),
      },
    },
  },
};
