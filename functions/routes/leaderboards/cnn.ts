import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { db } from '../../db/client';
import type { AppEnv } from '../../env';
import { validate } from '../../lib/validate';
import { optionalAuth } from '../../middleware/auth';
import { boardAndMe, leaderboardQuery } from './schemas';

type Row = { rank: number; learnerId: string; displayName: string; accuracy: number; correct: number; submittedAt: number };

/**
 * GET /api/leaderboards/cnn: each learner's best server-computed accuracy; equal accuracy
 * goes to whoever submitted it first (then the lower submission id, so ranks are total).
 */
export const cnnLeaderboard = new Hono<AppEnv>().get('/cnn', optionalAuth, validate('query', leaderboardQuery), async (c) => {
  const { limit } = c.req.valid('query');
  const me = c.get('learner')?.id ?? null;
  const rows = await db(c.env).all<Row>(sql`
    WITH best AS (
      SELECT s.learner_id, s.accuracy, s.correct, s.created_at, s.id,
             ROW_NUMBER() OVER (PARTITION BY s.learner_id ORDER BY s.accuracy DESC, s.created_at ASC, s.id ASC) AS n
      FROM submissions s
    ), ranked AS (
      SELECT b.learner_id, l.display_name, b.accuracy, b.correct, b.created_at,
             ROW_NUMBER() OVER (ORDER BY b.accuracy DESC, b.created_at ASC, b.id ASC) AS rank
      FROM best b JOIN learners l ON l.id = b.learner_id
      WHERE b.n = 1
    )
    SELECT rank, learner_id AS learnerId, display_name AS displayName, accuracy, correct, created_at AS submittedAt
    FROM ranked WHERE rank <= ${limit} OR learner_id = ${me} ORDER BY rank`);
  const view = (r: Row) => ({ ...r, submittedAt: new Date(r.submittedAt).toISOString() });
  const { top, me: mine } = boardAndMe(rows, limit, me);
  return c.json({ board: 'cnn' as const, limit, entries: top.map(view), me: mine ? view(mine) : null });
});
