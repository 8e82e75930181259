import { and, count, eq, lte, max } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { quizAttempts } from '../../db/schema';

export type AttemptStats = { attemptsUsed: number; bestScore: number | null; passedEver: boolean };

/** A learner's record on one module's quiz, from the stored attempts (up to attempt `upToId` if given). */
export async function attemptStats(d: Db, learnerId: string, module: string, upToId?: number): Promise<AttemptStats> {
  const [row] = await d
    .select({ n: count(), best: max(quizAttempts.score), passed: max(quizAttempts.passed) })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.learnerId, learnerId), eq(quizAttempts.module, module), upToId === undefined ? undefined : lte(quizAttempts.id, upToId)));
  return { attemptsUsed: row?.n ?? 0, bestScore: row?.best ?? null, passedEver: Boolean(row?.passed) };
}
