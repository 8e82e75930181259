import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { ApiError } from '../lib/errors';

type LimiterName = 'RL_LEARNERS' | 'RL_GRADING' | 'RL_SUBMISSIONS';

/** Every limiter uses a 60-second window (wrangler.toml), so that is the honest Retry-After. */
const WINDOW_SECONDS = 60;

function clientIp(c: Context<AppEnv>): string {
  return c.req.header('CF-Connecting-IP') ?? 'unknown';
}

/**
 * Counts the request against the limiter once per IP and, when a learner is known
 * (run after auth), once per learner: a learner switching networks, or many guests
 * behind one address, are both bounded.
 */
export const rateLimit = (name: LimiterName) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const limiter = c.env[name];
    const keys = [`ip:${clientIp(c)}`];
    const learner = c.get('learner');
    if (learner) keys.push(`learner:${learner.id}`);
    for (const key of keys) {
      const { success } = await limiter.limit({ key });
      if (!success) {
        throw new ApiError(429, 'rate_limited', `Too many requests; try again in ${WINDOW_SECONDS} seconds.`, undefined, {
          'Retry-After': String(WINDOW_SECONDS),
        });
      }
    }
    await next();
  });
