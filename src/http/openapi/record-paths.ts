import {
  BAD_PARAMETER,
  BODY_ERRORS,
  errors,
  jsonContent,
  limitParam,
  noContent,
  offsetParam,
  ok,
  page,
  paramRef,
  ref,
  unitCodeSchema,
} from './common.ts';

/** Operations on single targets and on observations (src/http/routes/plan-routes.ts, second half). */

const lang = paramRef('lang');
const id = paramRef('id');
const BAD_ID =
  'Id không phải số nguyên dương hoặc tham số sai / Id not a positive integer, or invalid parameter (INVALID_PARAMETER)';
const NO_TARGET = 'No such target (TARGET_NOT_FOUND)';
const NO_OBSERVATION = 'No such observation (OBSERVATION_NOT_FOUND)';
const targetBody = { required: true, content: jsonContent(ref('TargetRecord')) };
const observationBody = { required: true, content: jsonContent(ref('ObservationRecord')) };
const targetTags = ['plans'];
const tags = ['observations'];

export const recordPaths = {
  '/api/targets/{id}': {
    get: {
      operationId: 'getTarget',
      tags: targetTags,
      summary: 'Một chỉ tiêu / One target',
      parameters: [id, lang],
      responses: {
        '200': ok('The target', ref('Target')),
        ...errors({ '400': BAD_ID, '404': NO_TARGET }),
      },
    },
    put: {
      operationId: 'replaceTarget',
      tags: targetTags,
      summary: 'Sửa một chỉ tiêu (giữ vị trí) / Replace one target, keeping its position',
      parameters: [id, lang],
      requestBody: targetBody,
      responses: {
        '200': ok('The replaced target', ref('Target')),
        ...errors({ ...BODY_ERRORS, '404': NO_TARGET }),
      },
    },
    delete: {
      operationId: 'deleteTarget',
      tags: targetTags,
      summary: 'Xoá một chỉ tiêu / Delete one target',
      parameters: [id, lang],
      responses: { '204': noContent, ...errors({ '400': BAD_ID, '404': NO_TARGET }) },
    },
  },
  '/api/observations': {
    get: {
      operationId: 'listObservations',
      tags,
      summary: 'Danh sách số liệu đo / List observations',
      parameters: [
        {
          name: 'indicator',
          in: 'query',
          description: 'Mã chỉ tiêu / Indicator code',
          schema: { type: 'string', maxLength: 60, example: 'VILLAGE_MBB_COVERAGE' },
        },
        {
          name: 'unit',
          in: 'query',
          description: 'Mã đơn vị, đọc vào ngày `date` / Unit code, read on `date`',
          schema: unitCodeSchema,
        },
        paramRef('date'),
        {
          name: 'period',
          in: 'query',
          description: 'Đúng kỳ này / Exactly this period',
          schema: { type: 'string', maxLength: 10, examples: ['2025', '2025-Q2', '2025-06'] },
        },
        limitParam(100, 0, 1000),
        offsetParam,
        lang,
      ],
      responses: {
        '200': page('Observation', 'A page of observations'),
        ...errors({
          '400': BAD_PARAMETER,
          '404': 'No such unit on that date (UNIT_NOT_FOUND, UNIT_NOT_IN_FORCE)',
        }),
      },
    },
    post: {
      operationId: 'recordObservation',
      tags,
      summary: 'Ghi một số liệu đo / Record an observation',
      description:
        'Có `sourceUrl` thì nguồn là văn bản đó, không thì là nhập tay. With `sourceUrl` the provenance is that source, else manual.',
      parameters: [lang],
      requestBody: observationBody,
      responses: {
        '201': ok('The recorded observation', ref('Observation')),
        ...errors(BODY_ERRORS),
      },
    },
  },
  '/api/observations/{id}': {
    get: {
      operationId: 'getObservation',
      tags,
      summary: 'Một số liệu đo / One observation',
      parameters: [id, lang],
      responses: {
        '200': ok('The observation', ref('Observation')),
        ...errors({ '400': BAD_ID, '404': NO_OBSERVATION }),
      },
    },
    put: {
      operationId: 'replaceObservation',
      tags,
      summary: 'Sửa một số liệu đo / Correct an observation',
      description:
        'Số liệu do hệ thống tính không sửa tay được (400 INVALID_BODY). Computed values cannot be edited by hand.',
      parameters: [id, lang],
      requestBody: observationBody,
      responses: {
        '200': ok('The corrected observation', ref('Observation')),
        ...errors({
          ...BODY_ERRORS,
          '400': `${BODY_ERRORS['400']}; computed values cannot be edited`,
          '404': NO_OBSERVATION,
        }),
      },
    },
    delete: {
      operationId: 'deleteObservation',
      tags,
      summary: 'Xoá một số liệu đo / Delete an observation',
      parameters: [id, lang],
      responses: { '204': noContent, ...errors({ '400': BAD_ID, '404': NO_OBSERVATION }) },
    },
  },
};
