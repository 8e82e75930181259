import { attemptProblems, type AnswerProblem } from '../../src/lib/answers/attempt';
import { publicQuestion, type Quiz } from '../../src/schemas/quiz';
import { duplicateKeys } from '../lib/duplicate-keys';
import { ApiError } from '../lib/errors';

/** What a client may send for one question: an option id, option ids, a number, or text. */
export type Answer = string | string[] | number;
export type Answers = Record<string, Answer>;

/** The error code of a refused attempt: unknown ids first, then open questions, then the rest. */
function codeFor(problems: AnswerProblem[]): string {
  if (problems.some((p) => p.kind === 'unknown' || p.kind === 'duplicate')) return 'unknown_question';
  return problems.some((p) => p.kind === 'open') ? 'incomplete_attempt' : 'invalid_answer';
}

/**
 * An attempt's answers from the raw request text, once every question of the quiz has a
 * readable answer and nothing else is there (no unknown, repeated or prototype keys such
 * as "__proto__", which zod's record would drop silently). Otherwise 422 whose details name
 * each question and what could not be read; nothing is graded or stored.
 */
export function readAttempt(quiz: Quiz, bodyText: string): Answers {
  const body = JSON.parse(bodyText) as { answers: Record<string, unknown> };
  const problems = attemptProblems(quiz.questions.map(publicQuestion).map((q) => ({ ...q, optionIds: 'options' in q ? q.options.map((o) => o.id) : undefined })), body.answers, duplicateKeys(bodyText));
  if (problems.length > 0) {
    const details = problems.slice(0, 20).map((p) => ({ path: `answers.${p.questionId.slice(0, 40)}`, message: p.message }));
    const open = problems.filter((p) => p.kind === 'open').map((p) => p.questionId);
    const summary = open.length === problems.length ? `Answer every question first; still open: ${open.join(', ')}.` : `Some answers cannot be graded: ${details.map((d) => d.message).join('; ')}.`;
    throw new ApiError(422, codeFor(problems), summary, details);
  }
  return body.answers as Answers;
}
