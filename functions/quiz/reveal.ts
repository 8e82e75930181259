import type { Question, Quiz } from '../../src/schemas/quiz';

/** After this many stored attempts the key is shown even without a pass. */
export const REVEAL_AFTER_ATTEMPTS = 3;

export type RevealState = { passedEver: boolean; attemptsUsed: number; guest: boolean };

/**
 * The one reveal rule: a learner sees explanations and correct answers once they have
 * passed (this attempt or an earlier one) or used 3 attempts; a guest only on a pass
 * (guests keep no attempt count, so the 3-attempt route would be free for them).
 */
export function mayReveal(s: RevealState): boolean {
  if (s.guest) return s.passedEver;
  return s.passedEver || s.attemptsUsed >= REVEAL_AFTER_ATTEMPTS;
}

/**
 * Whether an attempt counts (for pass, best score and the course board), from the learner's
 * record before it: it does until the module is passed in a credited attempt or 3 attempts are
 * stored, i.e. until the key has been revealed. Later attempts are practice. The SQL twin used
 * inside the write batch is CREDITED_BEFORE_SQL in functions/standings/keys.ts.
 */
export function isCreditedAttempt(prior: RevealState): boolean {
  return !prior.passedEver && prior.attemptsUsed < REVEAL_AFTER_ATTEMPTS;
}

export type RevealedQuestion = { id: string; explanation: string; correctAnswer: string | string[] | number; tolerance?: number };

function correctAnswer(q: Question): Pick<RevealedQuestion, 'correctAnswer' | 'tolerance'> {
  switch (q.type) {
    case 'single':
      return { correctAnswer: q.answer };
    case 'multiple':
      return { correctAnswer: [...q.answers] };
    case 'numeric':
      return { correctAnswer: q.answer, tolerance: q.tolerance };
    case 'text':
      return { correctAnswer: q.accept[0]! };
  }
}

/** The key and explanations, or null when the rule does not allow them yet. */
export function revealFor(quiz: Quiz, s: RevealState): RevealedQuestion[] | null {
  if (!mayReveal(s)) return null;
  return quiz.questions.map((q) => ({ id: q.id, explanation: q.explanation, ...correctAnswer(q) }));
}
