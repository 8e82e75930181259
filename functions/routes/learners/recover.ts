import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { db } from '../../db/client';
import { learners } from '../../db/schema';
import type { AppEnv } from '../../env';
import { newRecoveryCode, newToken, normaliseRecoveryCode, sha256Hex } from '../../lib/crypto';
import { ApiError } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { rateLimit } from '../../middleware/rate-limit';
import { publicLearner, recoverBody } from './schemas';

/**
 * POST /api/learners/recover: move to another browser. A recovery code works once: it
 * issues a new token (the old one is revoked, so a lost device stops working) and a new
 * recovery code, shown only in this response like at sign-up. The swap is one UPDATE
 * guarded by the old code's hash, so of concurrent recoveries with one code exactly one
 * changes the row; the others get 409. Rate-limited like sign-up: it is the endpoint a
 * code-guesser would hammer.
 */
export const recoverLearner = new Hono<AppEnv>().post('/recover', rateLimit('RL_LEARNERS'), validate('json', recoverBody), async (c) => {
  const hash = await sha256Hex(normaliseRecoveryCode(c.req.valid('json').recoveryCode));
  const d = db(c.env);
  const [learner] = await d.select().from(learners).where(eq(learners.recoveryHash, hash)).limit(1);
  if (!learner) throw new ApiError(401, 'invalid_recovery_code', 'This recovery code does not match any learner (a used code no longer works).');
  const token = newToken();
  const recoveryCode = newRecoveryCode();
  const fresh = { tokenHash: await sha256Hex(token), recoveryHash: await sha256Hex(normaliseRecoveryCode(recoveryCode)), updatedAt: Date.now() };
  const changed = await d
    .update(learners)
    .set(fresh)
    .where(and(eq(learners.id, learner.id), eq(learners.recoveryHash, hash)))
    .returning({ id: learners.id });
  if (changed.length === 0) {
    throw new ApiError(409, 'recovery_code_used', 'This recovery code was just used by another request; use the new code shown there.');
  }
  return c.json({ learner: publicLearner(learner), token, recoveryCode });
});
