import { Hono } from 'hono';
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
import { presentUnitIndicator } from '../presenters/progress-presenter.ts';
import { presentUnit, presentUnitDetail } from '../presenters/unit-presenter.ts';

export const MAX_PAGE = 1000;

export const unitRoutes = new Hono<AppEnv>()
  .get('/units', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['level', 'parent', 'q', 'date', 'limit', 'offset', 'lang']);
    const level = optionalLevel(query, 'level');
    const parent = optionalText(query, 'parent', 10);
    const q = optionalText(query, 'q');
    const date = optionalDate(query, 'date');
    const result = await c.get('services').units.list({
      limit: integerParam(query, 'limit', 50, 0, MAX_PAGE),
      offset: integerParam(query, 'offset', 0, 0, 1_000_000),
      ...(level ? { level } : {}),
      ...(parent !== undefined ? { parent: unitCode(parent, 'parent') } : {}),
      ...(q !== undefined ? { q } : {}),
      ...(date ? { date } : {}),
    });
    return c.json({ items: result.items.map(presentUnit), total: result.total, date: result.date });
  })
  .get('/units/:code', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['date', 'geometry', 'lang']);
    const date = optionalDate(query, 'date');
    const detail = await c.get('services').units.get(unitCode(c.req.param('code')), {
      geometry: booleanParam(query, 'geometry'),
      ...(date ? { date } : {}),
    });
    return c.json(presentUnitDetail(detail));
  })
  .get('/units/:code/indicators', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['period', 'date', 'lang']);
    const date = optionalDate(query, 'date');
    const period = optionalText(query, 'period', 10);
    const result = await c.get('services').unitIndicators.forUnit(unitCode(c.req.param('code')), {
      ...(period ? { period } : {}),
      ...(date ? { date } : {}),
    });
    return c.json({
      unit: presentUnit(result.unit),
      period: result.period,
      items: result.items.map(presentUnitIndicator),
      total: result.items.length,
    });
  })
  .get('/resolve', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['name', 'province', 'level', 'date', 'limit', 'lang']);
    const province = optionalText(query, 'province', 100);
    const level = optionalLevel(query, 'level');
    const date = optionalDate(query, 'date');
    const result = await c.get('services').units.resolve({
      name: requiredText(query, 'name'),
      limit: integerParam(query, 'limit', 20, 1, 200),
      ...(province !== undefined ? { province } : {}),
      ...(level ? { level } : {}),
      ...(date ? { date } : {}),
    });
    return c.json(result);
  })
  .get('/geo/units', async (c) => {
    const query = c.req.query();
    rejectUnknown(query, ['level', 'parent', 'date', 'lang']);
    const level = optionalLevel(query, 'level', ['province', 'commune']) ?? 'province';
    const parent = optionalText(query, 'parent', 10);
    const date = optionalDate(query, 'date');
    const body = await c.get('services').units.features({
      level,
      ...(parent !== undefined ? { parent: unitCode(parent, 'parent') } : {}),
      ...(date ? { date } : {}),
    });
    return c.body(body, 200, { 'content-type': 'application/geo+json; charset=utf-8' });
  });
