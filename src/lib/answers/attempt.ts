/**
 * Whether an attempt can be graded: every question answered, with a value of the right
 * kind that the normaliser can read, and nothing else. The page runs this before sending
 * (to say which questions are open or unreadable) and the Worker runs it again on what
 * arrives (422 naming each question), so both accept exactly the same attempts.
 */
import type { PublicQuestion } from '../../schemas/quiz';
import { readNumber } from './number';
import { readShape } from './shape';

/** What the check needs to know of a question (the page reads it from the form). */
export type AnswerSpec = { id: string; type: PublicQuestion['type']; optionIds?: readonly string[] };

/** Why one question's answer cannot be graded; `open` = not answered. */
export type AnswerProblem = { questionId: string; kind: 'open' | 'unknown' | 'duplicate' | 'invalid' | 'ambiguous'; message: string };

const MAX_TEXT = 200;

function textProblem(a: unknown): Pick<AnswerProblem, 'kind' | 'message'> | null {
  if (typeof a !== 'string') return { kind: 'invalid', message: 'expects a text answer' };
  if (a.trim() === '') return { kind: 'open', message: 'is not answered' };
  return a.length > MAX_TEXT ? { kind: 'invalid', message: `is longer than ${MAX_TEXT} characters` } : null;
}

/** The problem with one answer, or null when it can be graded. */
export function answerProblem(q: AnswerSpec, a: unknown): Pick<AnswerProblem, 'kind' | 'message'> | null {
  if (a === undefined || a === null) return { kind: 'open', message: 'is not answered' };
  const known = (id: unknown) => typeof id === 'string' && (!q.optionIds || q.optionIds.includes(id));
  switch (q.type) {
    case 'single':
      if (a === '') return { kind: 'open', message: 'is not answered' };
      return known(a) ? null : { kind: 'invalid', message: 'expects one of its option ids' };
    case 'multiple':
      if (!Array.isArray(a)) return { kind: 'invalid', message: 'expects a list of option ids' };
      if (a.length === 0) return { kind: 'open', message: 'is not answered (choose at least one option)' };
      return a.length <= 10 && a.every(known) ? null : { kind: 'invalid', message: 'expects a list of its option ids' };
    case 'numeric': {
      if (typeof a === 'number') return Number.isFinite(a) ? null : { kind: 'invalid', message: 'expects a finite number' };
      const t = textProblem(a);
      if (t) return t.kind === 'invalid' && typeof a !== 'string' ? { kind: 'invalid', message: 'expects a number' } : t;
      const n = readNumber(a as string);
      if (n.kind === 'unreadable') return { kind: 'invalid', message: n.reason };
      if (n.kind === 'ambiguous') return { kind: 'ambiguous', message: `is ambiguous: "${(a as string).trim()}" could be ${n.readings[0]} or ${n.readings[1]}; write the one you mean` };
      return null;
    }
    case 'text':
      return textProblem(a);
    case 'shape': {
      const t = textProblem(a);
      if (t) return t;
      const s = readShape(a as string);
      return s.kind === 'unreadable' ? { kind: 'invalid', message: `${s.reason}; write a shape such as (None, 28, 28, 1)` } : null;
    }
  }
}

/** Every problem of an attempt, in question order; unknown and repeated ids come last. */
export function attemptProblems(questions: readonly AnswerSpec[], answers: Readonly<Record<string, unknown>>, repeated: readonly string[] = []): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const q of questions) {
    const p = answerProblem(q, Object.hasOwn(answers, q.id) ? answers[q.id] : undefined);
    if (p) problems.push({ questionId: q.id, ...p, message: `question "${q.id}" ${p.message}` });
  }
  const ids = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!ids.has(id)) problems.push({ questionId: id, kind: 'unknown', message: `there is no question "${id.slice(0, 40)}" in this quiz` });
  }
  for (const id of repeated) problems.push({ questionId: id, kind: 'duplicate', message: `question "${id.slice(0, 40)}" is answered more than once` });
  return problems;
}
