import { and, eq } from 'drizzle-orm';
import type { Quiz } from '../../../src/schemas/quiz';
import type { Db } from '../../db/client';
import { quizAttempts } from '../../db/schema';
import { assertSameRequest } from '../../lib/idempotency';
import { gradeQuiz } from '../../quiz/grade';
import { attemptResult, type AttemptResult } from './result';

/**
 * The response of an attempt already stored under this Idempotency-Key, or null. Only the
 * answers and the record after the attempt are stored, so the body is rebuilt by grading
 * the stored answers again (rows from before migration 0001 hold the whole body: used as is).
 * Throws 422 when the key was used for a different request.
 */
export async function storedResult(d: Db, quiz: Quiz, learnerId: string, key: string, hash: string): Promise<AttemptResult | null> {
  const [row] = await d
    .select({ answers: quizAttempts.answers, result: quizAttempts.result, requestHash: quizAttempts.requestHash })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.learnerId, learnerId), eq(quizAttempts.idempotencyKey, key)))
    .limit(1);
  if (!row) return null;
  assertSameRequest(row, hash);
  const stored = JSON.parse(row.result) as { attemptsUsed: number; bestScore: number; passedEver: boolean } | AttemptResult;
  if ('module' in stored) return stored;
  return attemptResult(quiz, gradeQuiz(quiz, JSON.parse(row.answers)), stored);
}
