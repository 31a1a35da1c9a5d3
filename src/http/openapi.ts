/**
 * The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json. A test checks that every
 * route the app answers is described here, and that every described path answers.
 */
const dateParam = {
  name: 'date',
  in: 'query',
  description:
    'Ngày tham chiếu của hệ thống đơn vị (mặc định: hôm nay, giờ Việt Nam). Reference date, default today.',
  schema: { type: 'string', format: 'date', example: '2025-06-30' },
};
const levelParam = (levels: string[]) => ({
  name: 'level',
  in: 'query',
  schema: { type: 'string', enum: levels },
});
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const langParam = {
  name: 'lang',
  in: 'query',
  description: 'Ngôn ngữ thông báo lỗi: vi (mặc định) hoặc en; Accept-Language cũng được dùng.',
  schema: { type: 'string', enum: ['vi', 'en'] },
};

const unitBrief = {
  type: 'object',
  required: ['code', 'name', 'fullName', 'level', 'unitType', 'validFrom', 'validTo'],
  properties: {
    code: { type: 'string', example: '19' },
    name: { type: 'string', example: 'Thái Nguyên' },
    fullName: { type: 'string', example: 'Tỉnh Thái Nguyên' },
    level: { type: 'string', enum: ['country', 'province', 'district', 'commune'] },
    unitType: { type: 'string', example: 'Tỉnh' },
    validFrom: { type: ['string', 'null'], format: 'date' },
    validTo: { type: ['string', 'null'], format: 'date' },
  },
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Hatang API',
    version: '0.1.0',
    description:
      'Hệ thống quy hoạch, theo dõi và đánh giá hạ tầng số. Đơn vị hành chính Việt Nam trước và sau 1/7/2025, truy xuất nguồn gốc sáp nhập, nhận dạng tên. Planning, monitoring and evaluation of digital infrastructure.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  paths: {
    '/api/health': {
      get: {
        summary: 'Tình trạng hệ thống / Service health',
        parameters: [],
        responses: {
          '200': {
            description: 'Engine, versions and the number of units in force today',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Health' } } },
          },
        },
      },
    },
    '/api/units': {
      get: {
        summary: 'Danh sách đơn vị hành chính / List administrative units',
        parameters: [
          levelParam(['country', 'province', 'district', 'commune']),
          {
            name: 'parent',
            in: 'query',
            description:
              'Mã đơn vị cha; với level, trả mọi đơn vị cấp đó bên trong (every descendant of that level)',
            schema: { type: 'string', example: '19' },
          },
          {
            name: 'q',
            in: 'query',
            description: 'Tìm theo tên, có hoặc không dấu (diacritic-insensitive)',
            schema: { type: 'string', example: 'thai nguyen' },
          },
          dateParam,
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 1000, default: 50 } },
          { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
          langParam,
        ],
        responses: {
          '200': {
            description: 'A page of units',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items', 'total', 'date'],
                  properties: {
                    items: { type: 'array', items: { $ref: '#/components/schemas/Unit' } },
                    total: { type: 'integer' },
                    date: { type: 'string', format: 'date' },
                  },
                },
              },
            },
          },
          '400': errorResponse('Invalid parameter'),
          '404': errorResponse('Unknown parent unit'),
        },
      },
    },
    '/api/units/{code}': {
      get: {
        summary: 'Một đơn vị, các cấp trên và nguồn gốc sáp nhập / One unit with parents and lineage',
        parameters: [
          { name: 'code', in: 'path', required: true, schema: { type: 'string', example: '19' } },
          dateParam,
          {
            name: 'geometry',
            in: 'query',
            description: 'Thêm ranh giới GeoJSON',
            schema: { type: 'boolean', default: false },
          },
          langParam,
        ],
        responses: {
          '200': {
            description: 'The unit',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/UnitDetail' } } },
          },
          '400': errorResponse('Invalid parameter'),
          '404': errorResponse('No such unit on that date'),
        },
      },
    },
    '/api/resolve': {
      get: {
        summary: 'Nhận dạng tên đơn vị thành mã / Resolve a unit name to codes',
        parameters: [
          {
            name: 'name',
            in: 'query',
            required: true,
            description: 'Tên như người dùng gõ hoặc như trong bảng tính: có/không dấu, có/không tiền tố',
            schema: { type: 'string', example: 'TP. Bắc Kạn' },
          },
          {
            name: 'province',
            in: 'query',
            description: 'Tỉnh (mã hoặc tên) để thu hẹp',
            schema: { type: 'string', example: 'Bac Kan' },
          },
          levelParam(['country', 'province', 'district', 'commune']),
          dateParam,
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 20 } },
          langParam,
        ],
        responses: {
          '200': {
            description: 'Candidates, best first; several when the name is ambiguous',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['candidates', 'date'],
                  properties: {
                    candidates: { type: 'array', items: { $ref: '#/components/schemas/Candidate' } },
                    date: { type: 'string', format: 'date' },
                  },
                },
              },
            },
          },
          '400': errorResponse('Invalid parameter'),
        },
      },
    },
    '/api/geo/units': {
      get: {
        summary: 'Ranh giới đơn vị dạng GeoJSON / Unit boundaries as GeoJSON',
        parameters: [
          levelParam(['province', 'commune']),
          {
            name: 'parent',
            in: 'query',
            description: 'Chỉ các đơn vị trong tỉnh này',
            schema: { type: 'string' },
          },
          dateParam,
          langParam,
        ],
        responses: {
          '200': {
            description: 'A GeoJSON FeatureCollection (WGS84), simplified for display',
            content: { 'application/geo+json': { schema: { type: 'object' } } },
          },
          '400': errorResponse('Invalid parameter'),
          '404': errorResponse('Unknown parent unit'),
        },
      },
    },
    '/api/openapi.json': {
      get: {
        summary: 'Tài liệu OpenAPI này / This OpenAPI document',
        responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': {} } } },
      },
    },
  },
  components: {
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: {
              code: { type: 'string', example: 'UNIT_NOT_FOUND' },
              message: { type: 'string' },
              details: { type: 'object' },
            },
          },
        },
      },
      Health: {
        type: 'object',
        required: ['status', 'engine', 'versions', 'units'],
        properties: {
          status: { type: 'string', enum: ['ok'] },
          engine: { type: 'string', enum: ['pglite', 'postgres'] },
          versions: { type: 'object', additionalProperties: { type: 'string' } },
          date: { type: 'string', format: 'date' },
          units: { type: 'object', additionalProperties: { type: 'integer' } },
        },
      },
      Unit: {
        ...unitBrief,
        properties: {
          ...unitBrief.properties,
          nameEn: { type: ['string', 'null'] },
          parentCode: { type: ['string', 'null'] },
          provinceCode: { type: ['string', 'null'] },
          aliases: { type: 'array', items: { type: 'string' } },
          areaKm2: { type: ['number', 'null'] },
          hasGeometry: { type: 'boolean' },
        },
      },
      LinkedUnit: {
        ...unitBrief,
        properties: {
          ...unitBrief.properties,
          provinceCode: { type: ['string', 'null'] },
          kind: { type: 'string', enum: ['full', 'partial'] },
          effective: { type: 'string', format: 'date' },
        },
      },
      UnitDetail: {
        allOf: [
          { $ref: '#/components/schemas/Unit' },
          {
            type: 'object',
            properties: {
              date: { type: 'string', format: 'date' },
              parents: { type: 'array', items: unitBrief },
              childrenCount: { type: 'integer' },
              predecessors: { type: 'array', items: { $ref: '#/components/schemas/LinkedUnit' } },
              successors: { type: 'array', items: { $ref: '#/components/schemas/LinkedUnit' } },
              geometry: { type: 'object', description: 'GeoJSON MultiPolygon' },
            },
          },
        ],
      },
      Candidate: {
        type: 'object',
        required: ['code', 'name', 'fullName', 'level', 'score', 'match'],
        properties: {
          ...unitBrief.properties,
          provinceCode: { type: ['string', 'null'] },
          provinceName: { type: ['string', 'null'] },
          validOnDate: { type: 'boolean' },
          score: { type: 'number', minimum: 0, maximum: 1 },
          match: { type: 'string', enum: ['exact', 'tone', 'folded', 'fuzzy', 'alias'] },
          successors: { type: 'array', items: { type: 'object' } },
        },
      },
    },
  },
} as const;
