import { authPaths } from './auth-paths.ts';
import { bodySchemas } from './body-schemas.ts';
import { parameters } from './common.ts';
import { inventoryPaths } from './inventory-paths.ts';
import { mapPaths } from './map-paths.ts';
import { planPaths } from './plan-paths.ts';
import { planSchemas } from './plan-schemas.ts';
import { progressSchemas } from './progress-schemas.ts';
import { recordPaths } from './record-paths.ts';
import { submissionWorkflowPaths } from './submission-workflow-paths.ts';
import { unitPaths } from './unit-paths.ts';
import { unitSchemas, validationFailedExample } from './unit-schemas.ts';

/**
 * The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json. A test checks that every
 * (method, path) the app serves under /api is described here and every described operation is
 * served, and that every `$ref` resolves.
 */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Hatang API',
    version: '0.1.0',
    description:
      'Hệ thống quy hoạch, theo dõi và đánh giá hạ tầng số. Đơn vị hành chính Việt Nam trước và sau 1/7/2025, truy xuất nguồn gốc sáp nhập, nhận dạng tên; kế hoạch, chỉ tiêu, số liệu đo và đánh giá tiến độ. Planning, monitoring and evaluation of digital infrastructure. Errors answer `{ "error": { "code", "message", "details", "rows"? } }`; an unknown query parameter is refused with 400.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  tags: [
    { name: 'system', description: 'Tình trạng và tài liệu / Health and this document' },
    { name: 'units', description: 'Đơn vị hành chính / Administrative units' },
    { name: 'indicators', description: 'Danh mục chỉ tiêu / Indicator catalogue' },
    { name: 'plans', description: 'Kế hoạch, chỉ tiêu, tiến độ / Plans, targets, progress' },
    { name: 'observations', description: 'Số liệu đo / Observations' },
    { name: 'inventory', description: 'Hạ tầng: vùng phủ, thôn chưa có sóng / Inventory: coverage and gaps' },
    { name: 'map', description: 'Lớp bản đồ (GeoJSON) / Map layers (GeoJSON)' },
    { name: 'accounts', description: 'Đăng nhập, tài khoản, nhật ký / Sign-in, accounts, audit trail' },
  ],
  paths: {
    ...unitPaths,
    ...planPaths,
    ...recordPaths,
    ...inventoryPaths,
    ...mapPaths,
    ...submissionWorkflowPaths,
    ...authPaths,
  },
  components: {
    schemas: { ...unitSchemas, ...planSchemas, ...progressSchemas, ...bodySchemas },
    parameters,
    examples: { ValidationFailed: validationFailedExample },
  },
};
