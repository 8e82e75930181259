import { Hono } from 'hono';
import { db } from '../../db/client';
import { learners } from '../../db/schema';
import type { AppEnv } from '../../env';
import { newRecoveryCode, newToken, normaliseRecoveryCode, sha256Hex } from '../../lib/crypto';
import { rateLimit } from '../../middleware/rate-limit';
import { validate } from '../../lib/validate';
import { withNameCheck } from './name-taken';
import { createLearnerBody, nameKey, publicLearner } from './schemas';

/** POST /api/learners: a new anonymous learner; the token and recovery code are shown only here. */
export const createLearner = new Hono<AppEnv>().post('/', rateLimit('RL_LEARNERS'), validate('json', createLearnerBody), async (c) => {
  const { displayName } = c.req.valid('json');
  const token = newToken();
  const recoveryCode = newRecoveryCode();
  const now = Date.now();
  const row = {
    id: crypto.randomUUID(),
    displayName,
    nameKey: nameKey(displayName),
    tokenHash: await sha256Hex(token),
    recoveryHash: await sha256Hex(normaliseRecoveryCode(recoveryCode)),
    createdAt: now,
    updatedAt: now,
  };
  await withNameCheck(() => db(c.env).insert(learners).values(row), displayName);
  return c.json({ learner: publicLearner(row), token, recoveryCode }, 201);
});
