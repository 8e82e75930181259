import { eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { db } from '../../db/client';
import { cnnStandings as s, learners } from '../../db/schema';
import type { AppEnv } from '../../env';
import { validate } from '../../lib/validate';
import { optionalAuth } from '../../middleware/auth';
import { CACHED_TOP, cachedTop } from '../../standings/board-cache';
import { aheadOf } from '../../standings/rank-tree';
import { withRanks } from '../../standings/ranks';
import { boardHeaders, leaderboardQuery } from './schemas';

const columns = { handle: s.handle, accuracy: s.accuracy, correct: s.correct, submittedAt: s.submittedAt };
const view = <T extends { submittedAt: number }>({ submittedAt, ...rest }: T) => ({ ...rest, submittedAt: new Date(submittedAt).toISOString() });

/**
 * GET /api/leaderboards/cnn: each learner's best server-computed accuracy. Equal accuracy
 * shares a rank; among equals the earlier submission is listed first. Top list: one indexed
 * read of 100 rows, cached; the caller's rank: <= 14 tree nodes.
 */
export const cnnLeaderboard = new Hono<AppEnv>().get('/cnn', optionalAuth, validate('query', leaderboardQuery), async (c) => {
  const { limit } = c.req.valid('query');
  const me = c.get('learner');
  const d = db(c.env);
  const [top, [mine]] = await Promise.all([
    cachedTop(c.req.url, 'cnn', async () =>
      withRanks(
        await d.select({ ...columns, displayName: learners.displayName, rkey: s.rkey }).from(s).innerJoin(learners, eq(learners.id, s.learnerId))
          .orderBy(s.rkey, s.submittedAt, s.submissionId).limit(CACHED_TOP),
      ).map(view),
    ),
    me ? d.select({ ...columns, ahead: sql<number>`${aheadOf('cnn', me.id)}` }).from(s).where(eq(s.learnerId, me.id)).limit(1) : [],
  ]);
  const meEntry = me && mine ? view({ rank: mine.ahead + 1, displayName: me.displayName, handle: mine.handle, accuracy: mine.accuracy, correct: mine.correct, submittedAt: mine.submittedAt }) : null;
  return c.json({ board: 'cnn' as const, limit, entries: top.entries.slice(0, limit), me: meEntry }, 200, boardHeaders(top.hit));
});
