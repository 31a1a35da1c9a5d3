import { BAD_PARAMETER, errors, limitParam, offsetParam, paramRef } from './common.ts';
import { SUBMISSION } from './inventory-paths.ts';

const NOT_FOUND =
  'Không có lần nộp này hoặc không phải của bạn / No such submission, or not yours (SUBMISSION_NOT_FOUND)';

const REVIEW_BODY = {
  required: false,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: {
          comment: { type: 'string', maxLength: 2000, example: 'Đã đối chiếu với sổ trạm quý 2.' },
        },
      },
    },
  },
};

/** One workflow step (submit, approve, reject) on a submission. */
function step(operationId: string, summary: string, extra: Record<string, unknown> = {}, more = {}) {
  return {
    post: {
      operationId,
      tags: ['inventory'],
      summary,
      parameters: [paramRef('id'), paramRef('lang')],
      ...extra,
      responses: {
        '200': {
          description: 'The submission after the step',
          content: { 'application/json': { schema: SUBMISSION } },
        },
        ...errors({
          '400': BAD_PARAMETER,
          '401': 'Chưa đăng nhập / Not signed in (UNAUTHENTICATED)',
          '403':
            'Không có quyền, hoặc tự duyệt lần nộp của mình / Not allowed, or reviewing your own upload (FORBIDDEN, SELF_REVIEW)',
          '404': NOT_FOUND,
          '409':
            'Lần nộp không ở trạng thái cho phép bước này / Not in the status this step needs (SUBMISSION_STATE)',
          ...more,
        }),
      },
    },
  };
}

/** Operations of the review workflow and version history (src/http/routes/submission-routes.ts). */
export const submissionWorkflowPaths = {
  '/api/submissions/{id}/submit': step(
    'submitSubmission',
    'Gửi bản nháp để duyệt / Submit a draft for review',
  ),
  '/api/submissions/{id}/approve': step(
    'approveSubmission',
    'Duyệt: dữ liệu thành hiện hành, tính lại vùng phủ / Approve: rows become current, coverage recomputed',
    { requestBody: REVIEW_BODY },
    { '415': 'Content-Type không phải JSON / not JSON (UNSUPPORTED_MEDIA_TYPE)' },
  ),
  '/api/submissions/{id}/reject': step(
    'rejectSubmission',
    'Từ chối, kèm nhận xét cần sửa gì / Reject, with a comment saying what to correct',
    { requestBody: { ...REVIEW_BODY, required: true } },
    { '415': 'Content-Type không phải JSON / not JSON (UNSUPPORTED_MEDIA_TYPE)' },
  ),
  '/api/submissions/{id}/rows': {
    get: {
      operationId: 'listSubmissionRows',
      tags: ['inventory'],
      summary: 'Các dòng của một phiên bản / The rows a version carries',
      description:
        'Cán bộ tỉnh chỉ thấy các dòng thuộc tỉnh mình / a provincial officer sees the rows of their provinces only',
      parameters: [paramRef('id'), limitParam(100, 0, 1000), offsetParam, paramRef('lang')],
      responses: {
        '200': {
          description: 'Rows in file order: natural key, province, the validated row',
          content: { 'application/json': { schema: { type: 'object', required: ['items', 'total'] } } },
        },
        ...errors({ '400': BAD_PARAMETER, '401': 'Chưa đăng nhập / Not signed in', '404': NOT_FOUND }),
      },
    },
  },
  '/api/submissions/{id}/compare': {
    get: {
      operationId: 'compareSubmissions',
      tags: ['inventory'],
      summary: 'So sánh hai phiên bản / Compare two versions',
      description:
        'Từ phiên bản `with` đến phiên bản này: thêm, bỏ, đổi theo mã / from `with` to this one, by natural key',
      parameters: [
        paramRef('id'),
        { name: 'with', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } },
        limitParam(200, 0, 1000),
        paramRef('lang'),
      ],
      responses: {
        '200': {
          description: 'Counts of added, removed, changed, unchanged rows and the first differences',
          content: {
            'application/json': {
              schema: { type: 'object', required: ['added', 'removed', 'changed', 'items'] },
            },
          },
        },
        ...errors({ '400': BAD_PARAMETER, '401': 'Chưa đăng nhập / Not signed in', '404': NOT_FOUND }),
      },
    },
  },
};
