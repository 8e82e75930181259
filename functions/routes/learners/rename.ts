import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { db } from '../../db/client';
import { learners } from '../../db/schema';
import type { AppEnv } from '../../env';
import { unauthorized } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { requireAuth } from '../../middleware/auth';
import { withNameCheck } from './name-taken';
import { nameKey, publicLearner, renameLearnerBody } from './schemas';

/**
 * PATCH /api/learners/me: change one's own display name (same rules, still unique).
 * No row changed means DELETE /learners/me won a race since the token was checked: 401.
 */
export const renameMe = new Hono<AppEnv>().patch('/me', requireAuth, validate('json', renameLearnerBody), async (c) => {
  const me = c.get('learner')!;
  const { displayName } = c.req.valid('json');
  const updated = { displayName, nameKey: nameKey(displayName), updatedAt: Date.now() };
  const changed = await withNameCheck(() => db(c.env).update(learners).set(updated).where(eq(learners.id, me.id)).returning({ id: learners.id }), displayName);
  if (changed.length === 0) throw unauthorized('This learner no longer exists: it was deleted while the request was running.');
  return c.json({ learner: publicLearner({ ...me, ...updated }) });
});
