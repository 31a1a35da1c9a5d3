import { Hono } from 'hono';
import { invalidParameter } from '../../core/errors/error-codes.ts';
import { fileSlug, planProgressCsv, planProgressXlsx } from '../../io/exports/plan-progress-export.ts';
import { callerOf } from '../authentication.ts';
import type { AppEnv } from '../env.ts';
import {
  booleanParam,
  integerParam,
  optionalDate,
  optionalLevel,
  optionalText,
  rejectUnknown,
  requiredText,
  unitCode,
} from '../params.ts';
import { readPlanSubmission, readRecord, readUploadedPlan } from '../plan-body.ts';
import {
  presentIndicator,
  presentObservation,
  presentPlan,
  presentTarget,
} from '../presenters/plan-presenter.ts';
import { presentIndicatorValues, presentProgress } from '../presenters/progress-presenter.ts';
import { progressTableRows } from '../presenters/progress-table-presenter.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const PROGRESS_FORMATS = ['json', 'csv', 'xlsx'] as const;
const isProgressFormat = (value: string): value is (typeof PROGRESS_FORMATS)[number] =>
  (PROGRESS_FORMATS as readonly string[]).includes(value);

/**
 * `/api/plans/36%2FQĐ-TTg` and `/api/plans/1` both name a plan. Hono decodes most of the path, but
 * not an encoded slash in every runtime; a value that is not valid percent-encoding stays as written.
 */
function planParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export const planRoutes = new Hono<AppEnv>()
  .get('/indicators', (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    return c
      .get('services')
      .plans.indicators()
      .then((items) => c.json({ items: items.map(presentIndicator), total: items.length }));
  })
  .get('/indicators/:code', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    return c.json(
      presentIndicator(await c.get('services').plans.indicator(c.req.param('code').toUpperCase())),
    );
  })
  .get('/indicators/:code/values', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['level', 'parent', 'period', 'lang']);
    const level = optionalLevel(query, 'level', ['province', 'commune']) ?? 'province';
    const parent = optionalText(query, 'parent', 10);
    const period = optionalText(query, 'period', 10);
    const values = await c.get('services').unitIndicators.valuesByUnit(c.req.param('code').toUpperCase(), {
      level: level === 'commune' ? 'commune' : 'province',
      ...(parent !== undefined ? { parent } : {}),
      ...(period !== undefined ? { period } : {}),
    });
    return c.json(presentIndicatorValues(values));
  })
  .get('/plans', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const plans = await c.get('services').plans.list();
    return c.json({ items: plans.map(presentPlan), total: plans.length });
  })
  .post('/plans', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const created = await c.get('services').plans.create(callerOf(c), await readPlanSubmission(c));
    return c.json({ ...presentPlan(created.plan), targets: created.targets.map(presentTarget) }, 201);
  })
  .post('/plans/import', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const result = await c.get('services').plans.upsert(callerOf(c), await readUploadedPlan(c));
    return c.json(
      { ...presentPlan(result.plan), targets: result.targets.map(presentTarget), created: result.created },
      result.created ? 201 : 200,
    );
  })
  .get('/plans/template.xlsx', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['lang', 'example']);
    const workbook = await c.get('services').plans.template(booleanParam(query, 'example'));
    return c.body(new Uint8Array(workbook), 200, {
      'content-type': XLSX_TYPE,
      'content-disposition': `attachment; filename="mau-ke-hoach-chi-tieu.xlsx"`,
    });
  })
  .get('/plans/:plan', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const { plan, targets } = await c.get('services').plans.get(planParam(c.req.param('plan')));
    return c.json({ ...presentPlan(plan), targets: targets.map(presentTarget) });
  })
  .put('/plans/:plan', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const replaced = await c
      .get('services')
      .plans.replace(callerOf(c), planParam(c.req.param('plan')), await readPlanSubmission(c));
    return c.json({ ...presentPlan(replaced.plan), targets: replaced.targets.map(presentTarget) });
  })
  .delete('/plans/:plan', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    await c.get('services').plans.delete(callerOf(c), planParam(c.req.param('plan')));
    return c.body(null, 204);
  })
  .get('/plans/:plan/progress', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['unit', 'asOf', 'format', 'lang']);
    const format = (query.format ?? 'json').toLowerCase();
    if (!isProgressFormat(format)) {
      throw invalidParameter('format', query.format ?? '', 'exportFormat', {
        options: PROGRESS_FORMATS.join(', '),
      });
    }
    const asOf = optionalDate(query, 'asOf');
    const progress = await c.get('services').progress.progress(planParam(c.req.param('plan')), {
      ...(query.unit ? { unit: unitCode(query.unit, 'unit') } : {}),
      ...(asOf ? { asOf } : {}),
    });
    if (format === 'json') return c.json(presentProgress(progress, c.get('language')));
    // The targets table as an officer files it: Vietnamese headers and texts, whatever `lang` says.
    const { plan } = progress;
    const name = `chi-tieu-${fileSlug(plan.code, String(plan.id))}.${format}`;
    const disposition = { 'content-disposition': `attachment; filename="${name}"` };
    const rows = progressTableRows(progress);
    if (format === 'csv') {
      return c.body(planProgressCsv(rows), 200, {
        'content-type': 'text/csv; charset=utf-8',
        ...disposition,
      });
    }
    const title = `Tiến độ thực hiện chỉ tiêu: ${plan.code} — ${plan.titleVi} (đánh giá ngày ${progress.asOf})`;
    return c.body(new Uint8Array(await planProgressXlsx(rows, title)), 200, {
      'content-type': XLSX_TYPE,
      ...disposition,
    });
  })
  .get('/plans/:plan/consistency', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['against', 'asOf', 'lang']);
    const asOf = optionalDate(query, 'asOf');
    const report = await c
      .get('services')
      .consistency.check(planParam(c.req.param('plan')), requiredText(query, 'against', 100), asOf);
    return c.json({ ...report.result, text: report.text[c.get('language')] });
  })
  .get('/plans/:plan/targets', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const { targets } = await c.get('services').plans.get(planParam(c.req.param('plan')));
    return c.json({ items: targets.map(presentTarget), total: targets.length });
  })
  .post('/plans/:plan/targets', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const target = await c
      .get('services')
      .plans.addTarget(callerOf(c), planParam(c.req.param('plan')), await readRecord(c));
    return c.json(presentTarget(target), 201);
  })
  .get('/targets/:id', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    return c.json(presentTarget(await c.get('services').plans.requireTarget(idParam(c.req.param('id')))));
  })
  .put('/targets/:id', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const target = await c
      .get('services')
      .plans.replaceTarget(callerOf(c), idParam(c.req.param('id')), await readRecord(c));
    return c.json(presentTarget(target));
  })
  .delete('/targets/:id', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    await c.get('services').plans.deleteTarget(callerOf(c), idParam(c.req.param('id')));
    return c.body(null, 204);
  })
  .get('/observations', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['indicator', 'unit', 'date', 'period', 'limit', 'offset', 'lang']);
    const date = optionalDate(query, 'date');
    const result = await c.get('services').observations.list({
      limit: integerParam(query, 'limit', 100, 0, 1000),
      offset: integerParam(query, 'offset', 0, 0, 1_000_000),
      ...(query.indicator ? { indicator: requiredText(query, 'indicator', 60) } : {}),
      ...(query.unit ? { unit: unitCode(query.unit, 'unit') } : {}),
      ...(query.period ? { period: requiredText(query, 'period', 10) } : {}),
      ...(date ? { date } : {}),
    });
    return c.json({ items: result.items.map(presentObservation), total: result.total });
  })
  .post('/observations', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    return c.json(
      presentObservation(await c.get('services').observations.create(callerOf(c), await readRecord(c))),
      201,
    );
  })
  .get('/observations/:id', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    return c.json(
      presentObservation(await c.get('services').observations.require(idParam(c.req.param('id')))),
    );
  })
  .put('/observations/:id', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    const id = idParam(c.req.param('id'));
    return c.json(
      presentObservation(await c.get('services').observations.replace(callerOf(c), id, await readRecord(c))),
    );
  })
  .delete('/observations/:id', async (c) => {
    rejectUnknown(c.req.query(), ['lang']);
    await c.get('services').observations.delete(callerOf(c), idParam(c.req.param('id')));
    return c.body(null, 204);
  });

function idParam(raw: string): number {
  return integerParam({ id: raw }, 'id', 0, 1, 2_147_483_647);
}
