import { Hono } from 'hono';
import { TECHNOLOGIES, type Technology } from '../../core/assets/asset-model.ts';
import { invalidParameter } from '../../core/errors/error-codes.ts';
import { gapsCsv, gapsGeoJson, gapsXlsx } from '../../io/exports/gaps-export.ts';
import { actorOf } from '../authentication.ts';
import type { AppEnv } from '../env.ts';
import { integerParam, optionalDate, rejectUnknown, unitCode } from '../params.ts';

const FORMATS = ['json', 'csv', 'xlsx', 'geojson'] as const;
// Exports carry the whole list; the JSON page is bounded like every list.
const EXPORT_LIMIT = 1_000_000;

export const inventoryRoutes = new Hono<AppEnv>().get('/gaps', async (c) => {
  const query = c.req.query();
  rejectUnknown(query, ['tech', 'unit', 'date', 'format', 'limit', 'offset', 'lang']);
  const tech = (query.tech ?? '4G').toUpperCase();
  if (!(TECHNOLOGIES as readonly string[]).includes(tech))
    throw invalidParameter('tech', query.tech ?? '', 'technology');
  const format = (query.format ?? 'json').toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format))
    throw invalidParameter('format', query.format ?? '', 'format');
  const date = optionalDate(query, 'date');
  const exporting = format !== 'json';
  const result = await c.get('services').gaps.list(
    {
      technology: tech as Technology,
      limit: exporting ? EXPORT_LIMIT : integerParam(query, 'limit', 100, 0, 1000),
      offset: exporting ? 0 : integerParam(query, 'offset', 0, 0, 1_000_000),
      ...(query.unit ? { unit: unitCode(query.unit, 'unit') } : {}),
      ...(date ? { date } : {}),
    },
    actorOf(c),
  );
  const name = `thon-chua-phu-${tech}-${result.unit?.code ?? 'VN'}`;
  const attachment = (ext: string) => ({ 'content-disposition': `attachment; filename="${name}.${ext}"` });
  if (format === 'csv') {
    return c.body(gapsCsv(result.items), 200, {
      'content-type': 'text/csv; charset=utf-8',
      ...attachment('csv'),
    });
  }
  if (format === 'geojson') {
    return c.body(JSON.stringify(gapsGeoJson(result.items, tech)), 200, {
      'content-type': 'application/geo+json; charset=utf-8',
      ...attachment('geojson'),
    });
  }
  if (format === 'xlsx') {
    const title = `Thôn, bản chưa có sóng ${tech} — ${result.unit?.fullName ?? 'Toàn quốc'} (${result.total} thôn)`;
    return c.body(new Uint8Array(await gapsXlsx(result.items, title)), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ...attachment('xlsx'),
    });
  }
  return c.json({ items: result.items, total: result.total, technology: tech });
});
