import { and, eq, max, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { quizFor } from '../../course/quizzes';
import { db } from '../../db/client';
import { statement } from '../../db/statements';
import { quizAttempts } from '../../db/schema';
import type { AppEnv } from '../../env';
import { isUniqueViolation } from '../../lib/d1-errors';
import { idempotencyHeader, requestHash } from '../../lib/idempotency';
import { validate } from '../../lib/validate';
import { optionalAuth } from '../../middleware/auth';
import { dailyCap } from '../../middleware/daily-cap';
import { rateLimit } from '../../middleware/rate-limit';
import { readAttempt } from '../../quiz/answers';
import { gradeQuiz } from '../../quiz/grade';
import { attemptStandingWrites, creditedNow } from '../../standings/attempt-writes';
import { invalidateBoard } from '../../standings/board-cache';
import { storedResult, type StoredRecord } from './replay';
import { attemptResult } from './result';
import { attemptBody, moduleParam } from './schemas';

/**
 * POST /api/quizzes/:module/attempts: grade answers against the server-side key.
 * Only complete attempts are graded (422 otherwise). Guests are graded and nothing is stored.
 * A learner's attempt, whether it is credited (the credit rule, functions/quiz/reveal.ts) and
 * their standings are written in one db.batch() (one transaction), so racing tabs and retries
 * cannot double-count; a repeated Idempotency-Key replays the stored attempt.
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
      const replay = await storedResult(d, quiz, me.id, key, hash);
      if (replay) return c.json(replay, 200, { 'Idempotent-Replayed': 'true' });
    }
    const at = Date.now();
    const mine = and(eq(quizAttempts.learnerId, me.id), eq(quizAttempts.module, module));
    const row = {
      learnerId: me.id, module, correct: grade.correct, total: grade.total, score: grade.score, passed: grade.passed,
      credited: sql`${creditedNow(me.id, module)}`, answers: JSON.stringify(answers), result: '{}', idempotencyKey: key, requestHash: hash, createdAt: at,
    };
    const writes = attemptStandingWrites(me.id, module, grade.score, grade.passed, at);
    const latest = d.select({ id: max(quizAttempts.id) }).from(quizAttempts).where(mine);
    let record: StoredRecord;
    try {
      const results = await c.env.DB.batch([
        statement(c.env.DB, d.insert(quizAttempts).values(row)),
        ...writes.map((q) => statement(c.env.DB, q)),
        // Keep only the record after this attempt: replays re-grade the stored answers with it.
        statement(c.env.DB, sql`UPDATE quiz_attempts SET result = (
            SELECT json_object('attemptsUsed', attempts, 'bestScore', best_score, 'passedEver', json(iif(passed, 'true', 'false')),
              'credited', json(iif(quiz_attempts.credited, 'true', 'false')), 'creditedAttempts', credited_attempts)
            FROM module_standings WHERE learner_id = ${me.id} AND module = ${module})
          WHERE id = (${latest})`),
        statement(c.env.DB, sql`SELECT result FROM quiz_attempts WHERE id = (${latest})`),
      ]);
      record = JSON.parse((results.at(-1)!.results[0] as { result: string }).result) as StoredRecord;
    } catch (err) {
      // A concurrent retry with the same key won the insert: answer with what it stored.
      const replay = key && isUniqueViolation(err) ? await storedResult(d, quiz, me.id, key, hash) : null;
      if (!replay) throw err;
      return c.json(replay, 200, { 'Idempotent-Replayed': 'true' });
    }
    await invalidateBoard(c.req.url, 'course');
    return c.json(attemptResult(quiz, grade, record), 201);
  },
);
