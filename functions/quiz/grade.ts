import { readNumber } from '../../src/lib/answers/number';
import { readShape, sameDims } from '../../src/lib/answers/shape';
import { normaliseTextAnswer, type Question, type Quiz } from '../../src/schemas/quiz';
import type { Answer, Answers } from './answers';

/** A quiz is passed at 80% or more. */
export const PASS_FRACTION = 0.8;

export type GradedQuestion = { id: string; correct: boolean };
export type Grade = { questions: GradedQuestion[]; correct: number; total: number; score: number; passed: boolean };

/** The number the shared normaliser reads; an ambiguous form ("1,600") is never graded. */
function toNumber(a: Answer): number | null {
  if (typeof a === 'number') return a;
  if (typeof a !== 'string') return null;
  const n = readNumber(a);
  return n.kind === 'number' ? n.value : null;
}

/** Same dims (or a listed alternative); "26x26x32" too where the batch may be left out. */
function shapeCorrect(q: Extract<Question, { type: 'shape' }>, a: Answer): boolean {
  if (typeof a !== 'string') return false;
  const read = readShape(a);
  if (read.kind !== 'shape') return false;
  return [q.dims, ...(q.alsoAccept ?? [])].some((d) => sameDims(read.dims, d) || (q.batchOptional && sameDims(read.dims, d.slice(1))));
}

/** The one place where an answer is judged. */
export function isCorrect(q: Question, a: Answer | undefined): boolean {
  if (a === undefined) return false;
  switch (q.type) {
    case 'single':
      return a === q.answer;
    case 'multiple': {
      // All-or-nothing: exactly the set of correct options, duplicates ignored.
      if (!Array.isArray(a)) return false;
      const chosen = new Set(a);
      return chosen.size === q.answers.length && q.answers.every((id) => chosen.has(id));
    }
    case 'numeric': {
      const n = toNumber(a);
      // A hair of slack so a tolerance of 0.01 accepts 0.01 away despite binary floats.
      return n !== null && Math.abs(n - q.answer) <= q.tolerance + 1e-9;
    }
    case 'text':
      return typeof a === 'string' && q.accept.some((acc) => normaliseTextAnswer(acc) === normaliseTextAnswer(a));
    case 'shape':
      return shapeCorrect(q, a);
  }
}

export function gradeQuiz(quiz: Quiz, answers: Answers): Grade {
  const questions = quiz.questions.map((q) => ({ id: q.id, correct: isCorrect(q, answers[q.id]) }));
  const correct = questions.filter((q) => q.correct).length;
  const total = questions.length;
  return {
    questions,
    correct,
    total,
    score: Math.round((100 * correct) / total),
    // Compared on counts, not the rounded percent: 4 of 5 passes, 79.6% would not.
    passed: correct >= PASS_FRACTION * total - 1e-9,
  };
}
