import type { Question, Quiz } from '../../src/schemas/quiz';
import { ApiError, type ErrorDetail } from '../lib/errors';

/** What a client may send for one question: an option id, option ids, a number, or text. */
export type Answer = string | string[] | number;
export type Answers = Record<string, Answer>;

function problem(q: Question, a: Answer): string | null {
  switch (q.type) {
    case 'single':
      return typeof a === 'string' ? null : 'expects one option id (a string)';
    case 'multiple':
      return Array.isArray(a) ? null : 'expects a list of option ids';
    case 'numeric':
      if (typeof a === 'number') return null;
      // Text fields send strings; accept "93322" or "93,322" but nothing else.
      return typeof a === 'string' && /^-?[\d,]*\.?\d+(e[+-]?\d+)?$/i.test(a.trim()) ? null : 'expects a number';
    case 'text':
      return typeof a === 'string' ? null : 'expects a text answer';
  }
}

/**
 * Checks answers against the quiz before grading: an id the quiz does not have, or a
 * value of the wrong kind for its question, is the caller's mistake (422), not a wrong answer.
 * Unanswered questions are allowed and graded as incorrect.
 */
export function checkAnswersFit(quiz: Quiz, answers: Answers): void {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const details: ErrorDetail[] = [];
  for (const [id, answer] of Object.entries(answers)) {
    const q = byId.get(id);
    if (!q) {
      details.push({ path: `answers.${id}`, message: `quiz "${quiz.module}" has no question "${id}"` });
      continue;
    }
    const p = problem(q, answer);
    if (p) details.push({ path: `answers.${id}`, message: `question "${id}" ${p}` });
  }
  if (details.length > 0) {
    const unknown = details.some((d) => d.message.includes('has no question'));
    throw new ApiError(422, unknown ? 'unknown_question' : 'invalid_answer', 'Some answers do not fit this quiz.', details);
  }
}
