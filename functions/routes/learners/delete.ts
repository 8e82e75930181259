import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { db } from '../../db/client';
import { statement } from '../../db/statements';
import { cnnStandings, courseStandings, dailyWrites, learners, moduleStandings, quizAttempts, submissions } from '../../db/schema';
import { invalidateBoard } from '../../standings/board-cache';
import { shiftRank } from '../../standings/rank-tree';
import type { AppEnv } from '../../env';
import { requireAuth } from '../../middleware/auth';

/**
 * DELETE /api/learners/me: erase the learner and everything recorded for them. One batch
 * (D1 runs it as a single transaction), explicit deletes rather than relying on cascades;
 * the learner leaves both boards' rank trees first.
 */
export const deleteMe = new Hono<AppEnv>().delete('/me', requireAuth, async (c) => {
  const id = c.get('learner')!.id;
  const d = db(c.env);
  const [, , attempts, subs] = await c.env.DB.batch(
    [
      shiftRank('course', id, -1),
      shiftRank('cnn', id, -1),
      d.delete(quizAttempts).where(eq(quizAttempts.learnerId, id)),
      d.delete(submissions).where(eq(submissions.learnerId, id)),
      d.delete(moduleStandings).where(eq(moduleStandings.learnerId, id)),
      d.delete(courseStandings).where(eq(courseStandings.learnerId, id)),
      d.delete(cnnStandings).where(eq(cnnStandings.learnerId, id)),
      d.delete(dailyWrites).where(eq(dailyWrites.learnerId, id)),
      d.delete(learners).where(eq(learners.id, id)),
    ].map((q) => statement(c.env.DB, q)),
  );
  await Promise.all([invalidateBoard(c.req.url, 'course'), invalidateBoard(c.req.url, 'cnn')]);
  return c.json({ deleted: { learner: id, attempts: attempts!.meta.changes, submissions: subs!.meta.changes } });
});
