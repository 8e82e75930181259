import { and, count, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { quizAttempts } from '../../db/schema';

/**
 * A learner's record on one module's quiz. `attemptsUsed` counts every stored attempt;
 * best score and pass come from credited attempts only, and `creditedAttempts` (the first
 * ones, by the credit rule) is the attempt after which the key was revealed once practice began.
 */
export type AttemptStats = { attemptsUsed: number; bestScore: number | null; passedEver: boolean; creditedAttempts: number };

/** The record from the stored attempts (only those before attempt `beforeId`, if given). */
export async function attemptStats(d: Db, learnerId: string, module: string, beforeId?: number): Promise<AttemptStats> {
  const [row] = await d
    .select({
      n: count(),
      best: sql<number | null>`max(case when ${quizAttempts.credited} then ${quizAttempts.score} end)`,
      passed: sql<number | null>`max(${quizAttempts.credited} and ${quizAttempts.passed})`,
      credited: sql<number | null>`sum(${quizAttempts.credited})`,
    })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.learnerId, learnerId), eq(quizAttempts.module, module), beforeId === undefined ? undefined : lt(quizAttempts.id, beforeId)));
  return { attemptsUsed: row?.n ?? 0, bestScore: row?.best ?? null, passedEver: Boolean(row?.passed), creditedAttempts: Number(row?.credited ?? 0) };
}
