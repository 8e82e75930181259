import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { db } from '../db/client';
import { learners } from '../db/schema';
import type { AppEnv } from '../env';
import { sha256Hex } from '../lib/crypto';
import { unauthorized } from '../lib/errors';
import { clientBucket, countOrRefuse } from './rate-limit';

const BEARER = /^Bearer (tfk_[A-Za-z0-9_-]{43})$/;

/**
 * A failed token costs the caller's address bucket one of its few failures a minute
 * (RL_BAD_TOKEN): past them the answer is 429, so nobody can sweep tokens or load D1 with
 * lookups for free. Valid tokens never count.
 */
async function refuse(c: Context<AppEnv>, message: string): Promise<never> {
  await countOrRefuse(c.env.RL_BAD_TOKEN, clientBucket(c));
  throw unauthorized(message);
}

/**
 * Resolves "Authorization: Bearer <token>" to a learner. No header: a guest (learner = null).
 * A header that is malformed or names no learner is always 401, never silently a guest.
 */
export const optionalAuth = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization');
  if (header === undefined) {
    c.set('learner', null);
    return next();
  }
  const token = BEARER.exec(header)?.[1];
  if (!token) return refuse(c, 'The Authorization header must be "Bearer tfk_..." with a token from POST /api/learners.');
  const hash = await sha256Hex(token);
  const [learner] = await db(c.env).select().from(learners).where(eq(learners.tokenHash, hash)).limit(1);
  if (!learner) return refuse(c, 'This token is not valid (it may have been replaced by a recovery).');
  c.set('learner', learner);
  await next();
});

/** Like optionalAuth, but a guest is refused. */
export const requireAuth = createMiddleware<AppEnv>(async (c, next) =>
  optionalAuth(c, async () => {
    if (!c.get('learner')) throw unauthorized();
    await next();
  }),
);
