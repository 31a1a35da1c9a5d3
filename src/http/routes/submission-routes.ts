import { type Context, Hono } from 'hono';
import { OPERATORS } from '../../core/assets/asset-model.ts';
import { SUBMISSION_STATUSES, type SubmissionStatus } from '../../core/auth/resources.ts';
import { HatangError, invalidParameter } from '../../core/errors/error-codes.ts';
import {
  DATASET_TYPES,
  type DatasetDefinition,
  type DatasetType,
} from '../../core/inventory-import/dataset-contract.ts';
import { DATASETS } from '../../core/inventory-import/datasets.ts';
import { writeDatasetTemplate } from '../../io/datasets/write-dataset-template.ts';
import { writeSitesTemplate } from '../../io/datasets/write-sites-template.ts';
import { isTextEncodingName, TEXT_ENCODINGS } from '../../io/text/text-encoding.ts';
import { actorOf, callerOf } from '../authentication.ts';
import type { AppEnv } from '../env.ts';
import { booleanParam, integerParam, rejectUnknown } from '../params.ts';
import { presentSubmission, presentSubmissionListItem } from '../presenters/submission-presenter.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
/** File names users see in their downloads folder (Vietnamese without diacritics: safe everywhere). */
const TEMPLATE_FILE_NAMES: Record<DatasetType, string> = {
  sites: 'mau-danh-sach-tram.xlsx',
  villages: 'mau-danh-sach-thon-ban.xlsx',
  fixed_broadband: 'mau-bang-rong-co-dinh.xlsx',
  data_centres: 'mau-trung-tam-du-lieu.xlsx',
  it_parks: 'mau-khu-cntt-tap-trung.xlsx',
  postal_facilities: 'mau-co-so-buu-chinh.xlsx',
  network_connections: 'mau-ket-noi-mang-tslcd.xlsx',
};

/** Any type's template; the definition and its rows are of the same type (a union TypeScript cannot correlate). */
const templateOf = <T extends DatasetType>(type: T, example: boolean) =>
  writeDatasetTemplate(DATASETS[type] as DatasetDefinition<unknown>, { example });

const isDatasetType = (value: string): value is DatasetType =>
  (DATASET_TYPES as readonly string[]).includes(value);

export const submissionRoutes = new Hono<AppEnv>()
  .post('/submissions', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
      throw new HatangError('UNSUPPORTED_MEDIA_TYPE', {
        expected: 'multipart/form-data (file, datasetType, operator, period)',
      });
    }
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) {
      throw new HatangError('INVALID_BODY', {
        reason_vi: 'thiếu trường "file" chứa tệp dữ liệu (.csv, .xlsx hoặc .geojson)',
        reason_en: 'the "file" field with the data file (.csv, .xlsx or .geojson) is missing',
      });
    }
    const datasetType = text(form.datasetType) || 'sites';
    if (!isDatasetType(datasetType)) {
      throw invalidParameter('datasetType', datasetType, 'datasetType', {
        options: DATASET_TYPES.join(', '),
      });
    }
    const encoding = text(form.encoding);
    if (encoding !== '' && !isTextEncodingName(encoding)) {
      throw invalidParameter('encoding', encoding, 'encoding', { options: TEXT_ENCODINGS.join(', ') });
    }
    const submitNow = text(form.submit);
    if (submitNow !== '' && submitNow !== 'true' && submitNow !== 'false') {
      throw invalidParameter('submit', submitNow, 'boolean');
    }
    const outcome = await c.get('services').imports.importDataset({
      caller: callerOf(c),
      datasetType,
      // `operator` is what an operator's tools send; `organisation` names any other submitter.
      organisation: text(form.organisation) || text(form.operator),
      period: text(form.period),
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      dryRun: text(form.dryRun) === 'true',
      // A draft by default: the sender reads the report, then submits it for review.
      afterUpload: submitNow === 'true' ? 'submit' : 'draft',
      ...(encoding !== '' && isTextEncodingName(encoding) ? { encoding } : {}),
    });
    const language = c.get('language');
    const body = {
      committed: outcome.committed,
      submission: outcome.submission ? presentSubmission(outcome.submission, language) : null,
      file: outcome.file,
      summary: outcome.summary,
      errorCount: outcome.errorCount,
      warningCount: outcome.warningCount,
      errors: outcome.errors.map(({ message, ...where }) => ({ ...where, message: message[language] })),
      warnings: outcome.warnings.map(({ message, ...where }) => ({ ...where, message: message[language] })),
    };
    // A refused file is an expected outcome (kept as an `invalid` submission with its report). Tools get
    // 422; the web app asks for 200 (`acceptInvalid=true`), so a browser does not log it as a failed request.
    if (outcome.errors.length > 0) return c.json(body, text(form.acceptInvalid) === 'true' ? 200 : 422);
    return c.json(body, outcome.committed ? 201 : 200);
  })
  .get('/submissions/template.xlsx', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['datasetType', 'example', 'lang']);
    const type = query.datasetType ?? 'sites';
    if (!isDatasetType(type)) {
      throw invalidParameter('datasetType', type, 'datasetType', { options: DATASET_TYPES.join(', ') });
    }
    const example = booleanParam(query, 'example');
    const workbook =
      type === 'sites' ? await writeSitesTemplate({ example }) : await templateOf(type, example);
    return c.body(new Uint8Array(workbook), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${TEMPLATE_FILE_NAMES[type]}"`,
    });
  })
  .get('/submissions', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['organisation', 'status', 'datasetType', 'limit', 'offset', 'lang']);
    const status = query.status;
    if (status !== undefined && !isStatus(status)) {
      throw invalidParameter('status', status, 'submissionStatus', {
        options: SUBMISSION_STATUSES.join(', '),
      });
    }
    const type = query.datasetType;
    if (type !== undefined && !isDatasetType(type)) {
      throw invalidParameter('datasetType', type, 'datasetType', { options: DATASET_TYPES.join(', ') });
    }
    const { items, total } = await c.get('services').submissions.submissions(
      {
        limit: integerParam(query, 'limit', 50, 0, 500),
        offset: integerParam(query, 'offset', 0, 0, 1_000_000),
        ...(query.organisation ? { organisation: organisationParam(query.organisation) } : {}),
        ...(status !== undefined && isStatus(status) ? { status } : {}),
        ...(type !== undefined && isDatasetType(type) ? { datasetType: type } : {}),
      },
      actorOf(c),
    );
    return c.json({ items: items.map((s) => presentSubmissionListItem(s, c.get('language'))), total });
  })
  .get('/submissions/:id', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    return c.json(
      presentSubmission(
        await c.get('services').submissions.submission(idOf(c), actorOf(c)),
        c.get('language'),
      ),
    );
  })
  .get('/submissions/:id/rows', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['limit', 'offset', 'lang']);
    const { submission, items, total } = await c.get('services').submissions.rows(idOf(c), actorOf(c), {
      limit: integerParam(query, 'limit', 100, 0, 1000),
      offset: integerParam(query, 'offset', 0, 0, 10_000_000),
    });
    return c.json({ submission: submission.id, version: submission.version, items, total });
  })
  .get('/submissions/:id/compare', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['with', 'limit', 'lang']);
    const other = integerParam(query, 'with', 0, 1, 2_147_483_647);
    if (query.with === undefined) throw invalidParameter('with', '', 'submissionId');
    // `with` is the earlier version: the answer reads "from it to this one".
    const result = await c
      .get('services')
      .submissions.compare(other, idOf(c), actorOf(c), integerParam(query, 'limit', 200, 0, 1000));
    const { from, to, ...rest } = result;
    return c.json({
      from: { id: from.id, version: from.version, status: from.status },
      to: { id: to.id, version: to.version, status: to.status },
      ...rest,
    });
  })
  .post('/submissions/:id/submit', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const stored = await c.get('services').submissions.submit(idOf(c), callerOf(c));
    return c.json(presentSubmission(stored, c.get('language')));
  })
  .post('/submissions/:id/approve', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const comment = await readComment(c);
    const stored = await c.get('services').submissions.approve(idOf(c), callerOf(c), comment);
    return c.json(presentSubmission(stored, c.get('language')));
  })
  .post('/submissions/:id/reject', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const comment = await readComment(c);
    const stored = await c.get('services').submissions.reject(idOf(c), callerOf(c), comment);
    return c.json(presentSubmission(stored, c.get('language')));
  });

const isStatus = (value: string): value is SubmissionStatus =>
  (SUBMISSION_STATUSES as readonly string[]).includes(value);

const idOf = (c: Context<AppEnv>) => integerParam({ id: c.req.param('id') }, 'id', 0, 1, 2_147_483_647);

/** Operator codes are matched in upper case (`viettel` finds VIETTEL); other organisations as written. */
function organisationParam(value: string): string {
  const upper = value.trim().toUpperCase();
  return (OPERATORS as readonly string[]).includes(upper) ? upper : value.trim().normalize('NFC');
}

/** A review's optional `{"comment": "…"}`; an empty body is no comment. */
async function readComment(c: Context<AppEnv>): Promise<string | null> {
  const body = await c.req.text();
  if (body.trim() === '') return null;
  if (!(c.req.header('content-type') ?? '').includes('json')) {
    throw new HatangError('UNSUPPORTED_MEDIA_TYPE', { expected: 'application/json' });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw new HatangError('INVALID_BODY', {
      reason_vi: `không phải JSON hợp lệ (${(error as Error).message})`,
      reason_en: `not valid JSON (${(error as Error).message})`,
    });
  }
  const comment = (parsed as { comment?: unknown } | null)?.comment;
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    (comment !== undefined && comment !== null && typeof comment !== 'string')
  ) {
    throw new HatangError('INVALID_BODY', {
      reason_vi: 'cần { "comment": "nhận xét" }',
      reason_en: 'expected { "comment": "text" }',
    });
  }
  return typeof comment === 'string' ? comment : null;
}
