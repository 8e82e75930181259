import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { hasQuiz } from '../../course/quizzes';
import { MODULE_SLUGS } from '../../course/modules';
import { db } from '../../db/client';
import { cnnStandings, moduleStandings } from '../../db/schema';
import type { AppEnv } from '../../env';
import { requireAuth } from '../../middleware/auth';

/**
 * GET /api/progress: per module the quiz's credited best score, pass, stored attempt count and
 * when practice began (and, for "cnn", the best server-computed accuracy); a module is complete
 * when its quiz is passed. Reads the learner's standings only: at most 25 + 1 rows.
 */
export const progressRoutes = new Hono<AppEnv>().get('/', requireAuth, async (c) => {
  const me = c.get('learner')!.id;
  const d = db(c.env);
  const [quizRows, [cnn]] = await d.batch([
    d
      .select({ module: moduleStandings.module, attempts: moduleStandings.attempts, bestScore: moduleStandings.bestScore, passed: moduleStandings.passed, credited: moduleStandings.creditedAttempts })
      .from(moduleStandings)
      .where(eq(moduleStandings.learnerId, me)),
    d.select({ best: cnnStandings.accuracy, count: cnnStandings.submissions }).from(cnnStandings).where(eq(cnnStandings.learnerId, me)),
  ]);
  const byModule = new Map(quizRows.map((r) => [r.module, r]));
  const modules = MODULE_SLUGS.map((slug) => {
    const r = byModule.get(slug);
    return {
      module: slug,
      hasQuiz: hasQuiz(slug),
      attempts: r?.attempts ?? 0,
      bestScore: r?.bestScore ?? null,
      passed: Boolean(r?.passed),
      /** Practice attempts began after this attempt (the key was revealed), else null. */
      practiceAfter: r && r.attempts > r.credited ? r.credited : null,
      ...(slug === 'cnn' ? { cnnBestAccuracy: cnn?.best ?? null, cnnSubmissions: cnn?.count ?? 0 } : {}),
    };
  });
  const completed = modules.filter((m) => m.passed).length;
  return c.json({
    modules,
    overall: { completed, total: MODULE_SLUGS.length, completion: completed / MODULE_SLUGS.length },
  });
});
