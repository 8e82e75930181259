import { Hono } from 'hono';
import { quizFor } from '../../course/quizzes';
import { db } from '../../db/client';
import type { AppEnv } from '../../env';
import { validate } from '../../lib/validate';
import { requireAuth } from '../../middleware/auth';
import { revealFor } from '../../quiz/reveal';
import { moduleParam } from './schemas';
import { moduleStandingQuery, statsFrom } from './stats';

/** GET /api/quizzes/:module/attempts/summary: the caller's record on a quiz (and the key, once earned). */
export const getAttemptSummary = new Hono<AppEnv>().get(
  '/:module/attempts/summary',
  requireAuth,
  validate('param', moduleParam),
  async (c) => {
    const { module } = c.req.valid('param');
    const quiz = quizFor(module);
    const stats = statsFrom(await moduleStandingQuery(db(c.env), c.get('learner')!.id, module));
    return c.json({
      module,
      attemptsUsed: stats.attemptsUsed,
      bestScore: stats.bestScore,
      passed: stats.passedEver,
      /** Attempts after the reveal are practice: the attempt after which answers were revealed, or null. */
      practiceAfter: stats.attemptsUsed > stats.creditedAttempts ? stats.creditedAttempts : null,
      reveal: revealFor(quiz, { guest: false, ...stats }),
    });
  },
);
