import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { rejectUnknown } from '../params.ts';

export const healthRoutes = new Hono<AppEnv>().get('/health', async (c) => {
  rejectUnknown(c.req.query(), ['lang']);
  return c.json(await c.get('services').health.check());
});
