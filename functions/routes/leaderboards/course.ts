import { eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { db } from '../../db/client';
import { courseStandings as s, learners } from '../../db/schema';
import type { AppEnv } from '../../env';
import { validate } from '../../lib/validate';
import { optionalAuth } from '../../middleware/auth';
import { CACHED_TOP, cachedTop } from '../../standings/board-cache';
import { aheadOf } from '../../standings/rank-tree';
import { withRanks } from '../../standings/ranks';
import { boardHeaders, leaderboardQuery } from './schemas';

const columns = { handle: s.handle, modulesPassed: s.modulesPassed, quizPoints: s.quizPoints, reachedAt: s.reachedAt };
const view = <T extends { reachedAt: number }>({ reachedAt, ...rest }: T) => ({ ...rest, reachedAt: new Date(reachedAt).toISOString() });

/**
 * GET /api/leaderboards/course: modules passed, then quiz points (sum of the best credited
 * score per module). Learners equal on both share a rank; among them whoever reached that
 * standing first (the latest of the moments each module's best was first reached) is listed
 * first. Top list: one indexed read of 100 rows, cached; the caller's rank: <= 17 tree nodes.
 */
export const courseLeaderboard = new Hono<AppEnv>().get('/course', optionalAuth, validate('query', leaderboardQuery), async (c) => {
  const { limit } = c.req.valid('query');
  const me = c.get('learner');
  const d = db(c.env);
  const [top, [mine]] = await Promise.all([
    cachedTop(c.req.url, 'course', async () =>
      withRanks(
        await d.select({ ...columns, displayName: learners.displayName, rkey: s.rkey }).from(s).innerJoin(learners, eq(learners.id, s.learnerId))
          .orderBy(s.rkey, s.reachedAt, s.learnerId).limit(CACHED_TOP),
      ).map(view),
    ),
    me ? d.select({ ...columns, ahead: sql<number>`${aheadOf('course', me.id)}` }).from(s).where(eq(s.learnerId, me.id)).limit(1) : [],
  ]);
  const meEntry = me && mine ? view({ rank: mine.ahead + 1, displayName: me.displayName, handle: mine.handle, modulesPassed: mine.modulesPassed, quizPoints: mine.quizPoints, reachedAt: mine.reachedAt }) : null;
  return c.json({ board: 'course' as const, limit, entries: top.entries.slice(0, limit), me: meEntry }, 200, boardHeaders(top.hit));
});
