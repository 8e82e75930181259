import { quizzes } from '../../../content/quizzes.generated';
import { formatShape } from '../../../src/lib/answers/shape';
import type { Question, Quiz } from '../../../src/schemas/quiz';

/** Quizzes that exist right now (content helpers add modules over time). */
export const quizList = (): Quiz[] => Object.values(quizzes);

export function firstQuizWith(type: Question['type']): { quiz: Quiz; question: Question } | null {
  for (const quiz of quizList()) {
    const question = quiz.questions.find((q) => q.type === type);
    if (question) return { quiz, question };
  }
  return null;
}

export function rightAnswer(q: Question): string | string[] | number {
  switch (q.type) {
    case 'single':
      return q.answer;
    case 'multiple':
      return [...q.answers].reverse();
    case 'numeric':
      return q.answer;
    case 'text':
      return q.accept[0]!;
    case 'shape':
      return formatShape(q.dims);
  }
}

export function wrongAnswer(q: Question): string | string[] | number {
  switch (q.type) {
    case 'single':
      return q.options.find((o) => o.id !== q.answer)!.id;
    case 'multiple': {
      // All-or-nothing: one option too many (or one too few) is wrong.
      const extra = q.options.find((o) => !q.answers.includes(o.id));
      return extra ? [...q.answers, extra.id] : q.answers.slice(1);
    }
    case 'numeric':
      return q.answer + q.tolerance + 1;
    case 'text':
      return 'certainly-not-the-answer';
    case 'shape':
      return formatShape(q.dims.map((d) => (d ?? 0) + 1));
  }
}

/** Answers with exactly `nRight` questions correct (the first ones), the rest wrong. */
export function answersWith(quiz: Quiz, nRight: number): Record<string, string | string[] | number> {
  return Object.fromEntries(quiz.questions.map((q, i) => [q.id, i < nRight ? rightAnswer(q) : wrongAnswer(q)]));
}

/** A complete attempt: every answer wrong except the ones given in `overrides`. */
export const completeWith = (quiz: Quiz, overrides: Record<string, unknown>): Record<string, unknown> => ({ ...answersWith(quiz, 0), ...overrides });

/** A quiz with at least `min` questions, so pass/fail thresholds can be exercised. */
export function quizWithAtLeast(min: number): Quiz {
  const quiz = quizList().find((q) => q.questions.length >= min);
  if (!quiz) throw new Error(`no quiz with ${min}+ questions yet`);
  return quiz;
}
