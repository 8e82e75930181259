import { shapeAnswerText, type Question, type Quiz } from '../../src/schemas/quiz';

/** After this many stored attempts the key is shown even without a pass. */
export const REVEAL_AFTER_ATTEMPTS = 3;

/**
 * A learner's standing on one module's quiz. `passedEver` counts credited attempts only
 * (a practice attempt never passes a module); `attemptsUsed` counts every stored attempt.
 */
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
 * The credit rule (the one the progress page, the course board and the standings read):
 * an attempt counts towards pass, best score and boards iff, before it, the learner had not
 * passed in a credited attempt and had fewer than REVEAL_AFTER_ATTEMPTS stored attempts,
 * i.e. iff the key had not been revealed to them yet. Later attempts are practice.
 * Credited attempts are therefore always the first ones. Guests store nothing: never credited.
 */
export function isCreditedAttempt(prior: RevealState): boolean {
  return !prior.guest && !mayReveal(prior);
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
    case 'shape':
      return { correctAnswer: shapeAnswerText(q) };
  }
}

/** The key and explanations, or null when the rule does not allow them yet. */
export function revealFor(quiz: Quiz, s: RevealState): RevealedQuestion[] | null {
  if (!mayReveal(s)) return null;
  return quiz.questions.map((q) => ({ id: q.id, explanation: q.explanation, ...correctAnswer(q) }));
}
