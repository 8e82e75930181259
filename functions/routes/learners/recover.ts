import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { db } from '../../db/client';
import { learners } from '../../db/schema';
import type { AppEnv } from '../../env';
import { newToken, normaliseRecoveryCode, sha256Hex } from '../../lib/crypto';
import { ApiError } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { rateLimit } from '../../middleware/rate-limit';
import { publicLearner, recoverBody } from './schemas';

/**
 * POST /api/learners/recover: move to another browser. Issues a new token and revokes
 * the old one (one active browser per learner, so a lost device stops working). The
 * recovery code stays valid so it can be used again. Rate-limited like sign-up: it is
 * the endpoint a code-guesser would hammer.
 */
export const recoverLearner = new Hono<AppEnv>().post('/recover', rateLimit('RL_LEARNERS'), validate('json', recoverBody), async (c) => {
  const hash = await sha256Hex(normaliseRecoveryCode(c.req.valid('json').recoveryCode));
  const d = db(c.env);
  const [learner] = await d.select().from(learners).where(eq(learners.recoveryHash, hash)).limit(1);
  if (!learner) throw new ApiError(401, 'invalid_recovery_code', 'This recovery code does not match any learner.');
  const token = newToken();
  await d.update(learners).set({ tokenHash: await sha256Hex(token), updatedAt: Date.now() }).where(eq(learners.id, learner.id));
  return c.json({ learner: publicLearner(learner), token });
});
