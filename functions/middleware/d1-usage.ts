import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { emptyUsage, meteredD1 } from '../lib/d1-usage';

/**
 * Bench and test only: when the Worker runs with the variable D1_USAGE = "report" (set by
 * bench/scale's wrangler config and the API test config, never in wrangler.toml), each
 * response says what it cost D1 in X-D1-Rows-Read, X-D1-Rows-Written, X-D1-Statements,
 * X-D1-Round-Trips and X-D1-Duration-Ms (D1's own query time). Otherwise it does nothing.
 */
export const d1UsageHeaders = createMiddleware<AppEnv>(async (c, next) => {
  if ((c.env as { D1_USAGE?: unknown }).D1_USAGE !== 'report') return next();
  const usage = emptyUsage();
  c.env = { ...c.env, DB: meteredD1(c.env.DB, usage) };
  await next();
  c.res.headers.set('X-D1-Rows-Read', String(usage.rowsRead));
  c.res.headers.set('X-D1-Rows-Written', String(usage.rowsWritten));
  c.res.headers.set('X-D1-Statements', String(usage.statements));
  c.res.headers.set('X-D1-Round-Trips', String(usage.roundTrips));
  c.res.headers.set('X-D1-Duration-Ms', usage.durationMs.toFixed(3));
});
