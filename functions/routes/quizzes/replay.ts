import { and, eq } from 'drizzle-orm';
import type { Quiz } from '../../../src/schemas/quiz';
import type { Db } from '../../db/client';
import { quizAttempts } from '../../db/schema';
import { assertSameRequest } from '../../lib/idempotency';
import { gradeQuiz } from '../../quiz/grade';
import { attemptResult, type AttemptRecord, type AttemptResult } from './result';

/** What an attempt row keeps of its response: the learner's record right after it (~100 bytes). */
export type StoredRecord = NonNullable<AttemptRecord>;

/**
 * The response of an attempt already stored under this Idempotency-Key, or null. Only the
 * answers and the record after the attempt are stored, so the body is rebuilt by grading
 * the stored answers again (rows from before standings existed hold the whole body: used as is).
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
  const stored = JSON.parse(row.result) as StoredRecord | AttemptResult;
  if ('module' in stored) return stored;
  return attemptResult(quiz, gradeQuiz(quiz, JSON.parse(row.answers)), stored);
}
