import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { db } from '../../db/client';
import { dailyWrites, learners, quizAttempts, submissions } from '../../db/schema';
import type { AppEnv } from '../../env';
import { requireAuth } from '../../middleware/auth';

/**
 * DELETE /api/learners/me: erase the learner and everything recorded for them. One batch
 * (D1 runs it as a single transaction), explicit deletes rather than relying on cascades.
 */
export const deleteMe = new Hono<AppEnv>().delete('/me', requireAuth, async (c) => {
  const id = c.get('learner')!.id;
  const d = db(c.env);
  const [attempts, subs] = await d.batch([
    d.delete(quizAttempts).where(eq(quizAttempts.learnerId, id)),
    d.delete(submissions).where(eq(submissions.learnerId, id)),
    d.delete(dailyWrites).where(eq(dailyWrites.learnerId, id)),
    d.delete(learners).where(eq(learners.id, id)),
  ]);
  return c.json({ deleted: { learner: id, attempts: attempts.meta.changes, submissions: subs.meta.changes } });
});
