import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { moduleStandings } from '../../db/schema';

/**
 * A learner's record on one module's quiz. `attemptsUsed` counts every stored attempt;
 * best score and pass come from credited attempts only, and `creditedAttempts` (the first
 * ones, by the credit rule) is the attempt after which the key was revealed once practice began.
 */
export type AttemptStats = { attemptsUsed: number; bestScore: number | null; passedEver: boolean; creditedAttempts: number };

/** A learner's record on one module's quiz: one module_standings row (credited best and pass, all stored attempts). */
export function moduleStandingQuery(d: Db, learnerId: string, module: string) {
  return d
    .select({
      attemptsUsed: moduleStandings.attempts,
      bestScore: moduleStandings.bestScore,
      passedEver: moduleStandings.passed,
      creditedAttempts: moduleStandings.creditedAttempts,
    })
    .from(moduleStandings)
    .where(and(eq(moduleStandings.learnerId, learnerId), eq(moduleStandings.module, module)))
    .limit(1);
}

/** The record from that query's rows (drizzle's, or D1's own with `passedEver` as 0/1): no row = no attempts yet. */
export function statsFrom(rows: { attemptsUsed: number; bestScore: number | null; passedEver: boolean | number; creditedAttempts: number }[]): AttemptStats {
  const r = rows[0];
  return r ? { ...r, passedEver: Boolean(r.passedEver) } : { attemptsUsed: 0, bestScore: null, passedEver: false, creditedAttempts: 0 };
}
