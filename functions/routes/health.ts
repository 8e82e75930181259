import { Hono } from 'hono';
import type { AppEnv } from '../env';

/** GET /api/health: liveness only (no D1 call, so monitors do not spend database reads). */
export const healthRoutes = new Hono<AppEnv>().get('/', (c) => c.json({ ok: true as const }));
