import { createMiddleware } from 'hono/factory';
import { ApiError } from '../lib/errors';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The API serves only the site it ships with. A state-changing request that a browser
 * marks as coming from another site is refused; tools without Origin (curl) are allowed,
 * and bearer tokens (no cookies) mean a foreign page cannot act as a learner anyway.
 */
export const sameOrigin = createMiddleware(async (c, next) => {
  if (!SAFE.has(c.req.method)) {
    const origin = c.req.header('Origin');
    const site = c.req.header('Sec-Fetch-Site');
    const own = new URL(c.req.url).origin;
    if ((origin !== undefined && origin !== own) || site === 'cross-site') {
      throw new ApiError(403, 'forbidden_origin', 'Cross-site requests are not accepted by this API.');
    }
  }
  await next();
});
