import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { quizFor } from '../../course/quizzes';
import { db, type Db } from '../../db/client';
import { quizAttempts } from '../../db/schema';
import type { AppEnv } from '../../env';
import { isUniqueViolation } from '../../lib/d1-errors';
import { assertSameRequest, idempotencyHeader, requestHash } from '../../lib/idempotency';
import { validate } from '../../lib/validate';
import { optionalAuth } from '../../middleware/auth';
import { dailyCap } from '../../middleware/daily-cap';
import { rateLimit } from '../../middleware/rate-limit';
import { readAttempt } from '../../quiz/answers';
import { gradeQuiz } from '../../quiz/grade';
import { recordAfter } from './record';
import { attemptResult, type AttemptResult } from './result';
import { attemptBody, moduleParam } from './schemas';
import { attemptStats } from './stats';

async function storedResult(d: Db, learnerId: string, key: string, hash: string): Promise<AttemptResult | null> {
  const [row] = await d
    .select({ result: quizAttempts.result, requestHash: quizAttempts.requestHash })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.learnerId, learnerId), eq(quizAttempts.idempotencyKey, key)))
    .limit(1);
  if (!row) return null;
  assertSameRequest(row, hash);
  return JSON.parse(row.result) as AttemptResult;
}

/**
 * POST /api/quizzes/:module/attempts: grade answers against the server-side key.
 * Only complete attempts are graded (422 otherwise). Guests are graded and nothing is stored;
 * a learner's attempt is stored once per Idempotency-Key, credited or practice by the credit rule.
 */
export const postAttempt = new Hono<AppEnv>().post(
  '/:module/attempts',
  optionalAuth,
  rateLimit('RL_GRADING'),
  validate('param', moduleParam),
  validate('header', idempotencyHeader),
  validate('json', attemptBody),
  dailyCap('quiz_attempt'),
  async (c) => {
    const { module } = c.req.valid('param');
    const quiz = quizFor(module);
    const answers = readAttempt(quiz, await c.req.text());
    const grade = gradeQuiz(quiz, answers);
    const me = c.get('learner');
    if (!me) return c.json(attemptResult(quiz, grade, null), 200);

    const d = db(c.env);
    const key = c.req.valid('header')['idempotency-key'] ?? null;
    const hash = await requestHash({ module, answers });
    if (key) {
      const replay = await storedResult(d, me.id, key, hash);
      if (replay) return c.json(replay, 200, { 'Idempotent-Replayed': 'true' });
    }
    const prior = await attemptStats(d, me.id, module);
    let result = attemptResult(quiz, grade, recordAfter(prior, grade));
    const row = {
      learnerId: me.id,
      module,
      correct: grade.correct,
      total: grade.total,
      score: grade.score,
      passed: grade.passed,
      credited: result.credited,
      answers: JSON.stringify(answers),
      result: JSON.stringify(result),
      idempotencyKey: key,
      requestHash: hash,
      createdAt: Date.now(),
    };
    let id: number;
    try {
      const [inserted] = await d.insert(quizAttempts).values(row).returning({ id: quizAttempts.id });
      id = inserted!.id;
    } catch (err) {
      // A concurrent retry with the same key won the insert: answer with what it stored.
      const replay = key && isUniqueViolation(err) ? await storedResult(d, me.id, key, hash) : null;
      if (!replay) throw err;
      return c.json(replay, 200, { 'Idempotent-Replayed': 'true' });
    }
    // Another attempt (a second tab) may have landed between the read and the insert: recount before this one.
    const actual = await attemptStats(d, me.id, module, id);
    if (actual.attemptsUsed !== prior.attemptsUsed) {
      result = attemptResult(quiz, grade, recordAfter(actual, grade));
      await d.update(quizAttempts).set({ result: JSON.stringify(result), credited: result.credited }).where(eq(quizAttempts.id, id));
    }
    return c.json(result, 201);
  },
);
