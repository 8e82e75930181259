import type { Grade } from '../../quiz/grade';
import { isCreditedAttempt } from '../../quiz/reveal';
import type { AttemptRecord } from './result';
import type { AttemptStats } from './stats';

/**
 * A learner's record once this attempt is stored on top of `prior` (the attempts before
 * it): credited by the credit rule, and a practice attempt changes neither pass nor best score.
 */
export function recordAfter(prior: AttemptStats, grade: Grade): NonNullable<AttemptRecord> {
  const credited = isCreditedAttempt({ guest: false, ...prior });
  return {
    attemptsUsed: prior.attemptsUsed + 1,
    bestScore: credited ? Math.max(prior.bestScore ?? 0, grade.score) : (prior.bestScore ?? 0),
    passedEver: prior.passedEver || (credited && grade.passed),
    credited,
    creditedAttempts: prior.creditedAttempts + (credited ? 1 : 0),
  };
}
