import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { db } from '../../db/client';
import type { AppEnv } from '../../env';
import { validate } from '../../lib/validate';
import { optionalAuth } from '../../middleware/auth';
import { boardAndMe, leaderboardQuery } from './schemas';

type Row = { rank: number; learnerId: string; displayName: string; modulesPassed: number; quizPoints: number; reachedAt: number };

/**
 * GET /api/leaderboards/course: modules passed, then quiz points (sum of best scores per
 * module), both from credited attempts only (practice after the reveal never counts), then
 * whoever reached that standing first (the latest of the moments each best score was first achieved).
 */
export const courseLeaderboard = new Hono<AppEnv>().get('/course', optionalAuth, validate('query', leaderboardQuery), async (c) => {
  const { limit } = c.req.valid('query');
  const me = c.get('learner')?.id ?? null;
  const rows = await db(c.env).all<Row>(sql`
    WITH best AS (
      SELECT learner_id, module, MAX(score) AS best, MAX(passed) AS passed
      FROM quiz_attempts WHERE credited = 1 GROUP BY learner_id, module
    ), reached AS (
      SELECT b.learner_id, b.best, b.passed,
             (SELECT MIN(a.created_at) FROM quiz_attempts a
               WHERE a.learner_id = b.learner_id AND a.module = b.module AND a.credited = 1 AND a.score = b.best) AS at
      FROM best b
    ), totals AS (
      SELECT learner_id, SUM(passed) AS modules_passed, SUM(best) AS points, MAX(at) AS reached_at
      FROM reached GROUP BY learner_id
    ), ranked AS (
      SELECT t.*, l.display_name,
             ROW_NUMBER() OVER (ORDER BY t.modules_passed DESC, t.points DESC, t.reached_at ASC, t.learner_id ASC) AS rank
      FROM totals t JOIN learners l ON l.id = t.learner_id
    )
    SELECT rank, learner_id AS learnerId, display_name AS displayName, modules_passed AS modulesPassed,
           points AS quizPoints, reached_at AS reachedAt
    FROM ranked WHERE rank <= ${limit} OR learner_id = ${me} ORDER BY rank`);
  const view = (r: Row) => ({ ...r, reachedAt: new Date(r.reachedAt).toISOString() });
  const { top, me: mine } = boardAndMe(rows, limit, me);
  return c.json({ board: 'course' as const, limit, entries: top.map(view), me: mine ? view(mine) : null });
});
