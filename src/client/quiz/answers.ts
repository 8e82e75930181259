/**
 * A quiz form's answers as the grading API expects them (option id, option ids, number or
 * text per question id), read from and written back to the form, and kept per module in
 * localStorage so they survive a reload or an unreachable server.
 */
import type { AnswerSpec } from '../../lib/answers/attempt';
import type { PublicQuestion } from '../../schemas/quiz';
import { confirmedNumber } from './readings';

export type Answer = string | string[] | number;
export type Answers = Record<string, Answer>;

/** What is kept for one module: the answers and, while a submission is unconfirmed, its key. */
export interface KeptQuiz {
  answers: Answers;
  /** Idempotency-Key of the submission not yet confirmed, and the exact body it was for. */
  pending?: { key: string; body: string };
  /** A guest's graded attempt (a passing one is kept over later fails), sent again once they save. */
  guestAttempt?: { answers: Answers; passed: boolean; key: string };
}

const storageKey = (slug: string) => `tfk.quiz.${slug}`;

function questions(form: HTMLFormElement): HTMLFieldSetElement[] {
  return [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question-id]')];
}

/** What the shared attempt check needs to know of each question, read from the form. */
export function answerSpecs(form: HTMLFormElement): AnswerSpec[] {
  return questions(form).map((set) => {
    const id = set.dataset.questionId!;
    const optionIds = [...set.querySelectorAll<HTMLInputElement>('input[data-option-id]')].map((i) => i.value);
    return { id, type: set.dataset.questionType as PublicQuestion['type'], ...(optionIds.length ? { optionIds } : {}) };
  });
}

/** The answered questions only (the page checks completeness before sending). */
export function readAnswers(form: HTMLFormElement): Answers {
  const answers: Answers = {};
  for (const set of questions(form)) {
    const id = set.dataset.questionId!;
    const inputs = [...set.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(id)}"]`)];
    switch (set.dataset.questionType) {
      case 'single': {
        const chosen = inputs.find((i) => i.checked);
        if (chosen) answers[id] = chosen.value;
        break;
      }
      case 'multiple': {
        const chosen = inputs.filter((i) => i.checked).map((i) => i.value);
        if (chosen.length) answers[id] = chosen;
        break;
      }
      case 'numeric': {
        // Sent as typed (the server reads it with the same normaliser), or as the reading the learner chose.
        const input = inputs[0];
        const chosen = input ? confirmedNumber(input) : null;
        if (chosen !== null) answers[id] = chosen;
        else if (input?.value.trim()) answers[id] = input.value.trim();
        break;
      }
      default: {
        const text = inputs[0]?.value.trim();
        if (text) answers[id] = text;
      }
    }
  }
  return answers;
}

export function writeAnswers(form: HTMLFormElement, answers: Answers): void {
  for (const set of questions(form)) {
    const value = answers[set.dataset.questionId!];
    if (value === undefined) continue;
    for (const input of set.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(set.dataset.questionId!)}"]`)) {
      if (input.type === 'radio' || input.type === 'checkbox') {
        input.checked = Array.isArray(value) ? value.includes(input.value) : input.value === value;
      } else {
        input.value = String(value);
      }
    }
  }
}

/** Modules with kept answers in this browser. */
export function keptSlugs(): string[] {
  try {
    return Object.keys(localStorage).filter((k) => k.startsWith('tfk.quiz.')).map((k) => k.slice('tfk.quiz.'.length));
  } catch {
    return [];
  }
}

export function loadKept(slug: string): KeptQuiz | null {
  try {
    const raw = localStorage.getItem(storageKey(slug));
    const kept = raw ? (JSON.parse(raw) as KeptQuiz) : null;
    return kept && typeof kept.answers === 'object' && kept.answers !== null ? kept : null;
  } catch {
    return null;
  }
}

export function saveKept(slug: string, kept: KeptQuiz): void {
  try {
    localStorage.setItem(storageKey(slug), JSON.stringify(kept));
  } catch {
    // Private mode or a full quota: the quiz still works, answers just are not kept.
  }
}

/**
 * The key for submitting `answers`: the pending one when it was for exactly these answers
 * (a retry of the same attempt, which the server then counts once), else a fresh one.
 */
export function keyFor(kept: KeptQuiz | null, answers: Answers, newKey: () => string = () => crypto.randomUUID()) {
  const body = JSON.stringify(answers);
  return kept?.pending?.body === body ? kept.pending : { key: newKey(), body };
}
