import type { Quiz } from '../../../src/schemas/quiz';
import type { Grade } from '../../quiz/grade';
import { REVEAL_AFTER_ATTEMPTS, revealFor, type RevealedQuestion } from '../../quiz/reveal';

export type AttemptResult = {
  module: string;
  questions: { id: string; correct: boolean }[];
  correct: number;
  total: number;
  score: number;
  passed: boolean;
  /** null for guests: nothing is stored for them. */
  attemptsUsed: number | null;
  /** Best credited score, pass included; a practice attempt never changes it. */
  bestScore: number | null;
  /** Counts towards pass, best score and boards (false for practice attempts and guests). */
  credited: boolean;
  /** For a practice attempt: the attempt after which the answers were revealed, else null. */
  practiceAfter: number | null;
  feedback: string;
  /** Explanations and correct answers, or null until the reveal rule allows them. */
  reveal: RevealedQuestion[] | null;
};

/** A stored learner's record after this attempt; null for guests. */
export type AttemptRecord = { attemptsUsed: number; bestScore: number; passedEver: boolean; credited: boolean; creditedAttempts: number } | null;

/** The words of issue 11: "practice: answers were revealed after attempt 3". */
export const practiceNote = (after: number) => `Practice: answers were revealed after attempt ${after}, so this attempt changes neither your pass, your best score nor the course board.`;

function feedback(g: Grade, record: AttemptRecord, revealed: boolean): string {
  const head = `${g.correct} of ${g.total} correct (${g.score}%).`;
  if (record && !record.credited) return `${head} ${practiceNote(record.creditedAttempts)}`;
  if (g.passed) return `${head} Passed. The explanations are below.`;
  if (revealed) return `${head} 80% is needed to pass; the explanations and answers are now shown.`;
  if (!record) return `${head} 80% is needed to pass. Save your progress to keep attempts; guests see explanations after a pass.`;
  const left = REVEAL_AFTER_ATTEMPTS - record.attemptsUsed;
  return `${head} 80% is needed to pass. Explanations are shown after a pass or ${left} more attempt${left === 1 ? '' : 's'}.`;
}

/** The response body of a graded attempt (stored as-is for idempotent replays). */
export function attemptResult(quiz: Quiz, g: Grade, record: AttemptRecord): AttemptResult {
  const reveal = revealFor(quiz, record ? { guest: false, ...record } : { guest: true, passedEver: g.passed, attemptsUsed: 0 });
  return {
    module: quiz.module,
    questions: g.questions,
    correct: g.correct,
    total: g.total,
    score: g.score,
    passed: g.passed,
    attemptsUsed: record?.attemptsUsed ?? null,
    bestScore: record?.bestScore ?? null,
    credited: record?.credited ?? false,
    practiceAfter: record && !record.credited ? record.creditedAttempts : null,
    feedback: feedback(g, record, reveal !== null),
    reveal,
  };
}
