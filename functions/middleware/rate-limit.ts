import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { RateLimit } from '@cloudflare/workers-types/index';
import type { AppEnv, Bindings } from '../env';
import { ipBucket } from '../lib/client-ip';
import { ApiError } from '../lib/errors';

/** The Workers rate-limiting bindings declared in wrangler.toml. */
export type LimiterName = { [K in keyof Bindings]: Bindings[K] extends RateLimit ? K : never }[keyof Bindings];

/** Every limiter uses a 60-second window (wrangler.toml), so that is the honest Retry-After. */
const WINDOW_SECONDS = 60;

/** The caller's address bucket: per IPv4 address, per IPv6 /64 (see client-ip.ts). */
export const clientBucket = (c: Context<AppEnv>): string => ipBucket(c.req.header('CF-Connecting-IP'));

/** Counts one request against `key`; over the limit, throws the API's 429 with Retry-After. */
export async function countOrRefuse(limiter: RateLimit, key: string): Promise<void> {
  const { success } = await limiter.limit({ key });
  if (!success) {
    throw new ApiError(429, 'rate_limited', `Too many requests; try again in ${WINDOW_SECONDS} seconds.`, undefined, {
      'Retry-After': String(WINDOW_SECONDS),
    });
  }
}

/**
 * Counts the request against the limiter once per address bucket and, when a learner is
 * known (run after auth), once per learner: a learner switching networks, or many guests
 * behind one address, are both bounded.
 */
export const rateLimit = (name: LimiterName) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const limiter = c.env[name];
    const keys = [clientBucket(c)];
    const learner = c.get('learner');
    if (learner) keys.push(`learner:${learner.id}`);
    for (const key of keys) await countOrRefuse(limiter, key);
    await next();
  });
