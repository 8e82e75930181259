import { eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { hasQuiz } from '../../course/quizzes';
import { MODULE_SLUGS } from '../../course/modules';
import { db } from '../../db/client';
import { quizAttempts, submissions } from '../../db/schema';
import type { AppEnv } from '../../env';
import { requireAuth } from '../../middleware/auth';

/**
 * GET /api/progress: per module the quiz best score and pass (credited attempts only), the
 * attempt count and when practice began (and, for "cnn", the best server-computed accuracy);
 * a module is complete when its quiz is passed.
 */
export const progressRoutes = new Hono<AppEnv>().get('/', requireAuth, async (c) => {
  const me = c.get('learner')!.id;
  const d = db(c.env);
  const [quizRows, [cnn]] = await d.batch([
    d
      .select({
        module: quizAttempts.module,
        attempts: sql<number>`count(*)`,
        // Best score and pass from credited attempts only; practice attempts are counted, not scored.
        bestScore: sql<number | null>`max(case when ${quizAttempts.credited} then ${quizAttempts.score} end)`,
        passed: sql<number>`max(${quizAttempts.credited} and ${quizAttempts.passed})`,
        credited: sql<number>`sum(${quizAttempts.credited})`,
      })
      .from(quizAttempts)
      .where(eq(quizAttempts.learnerId, me))
      .groupBy(quizAttempts.module),
    d.select({ best: sql<number | null>`max(${submissions.accuracy})`, count: sql<number>`count(*)` }).from(submissions).where(eq(submissions.learnerId, me)),
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
