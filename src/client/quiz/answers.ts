/**
 * A quiz form's answers as the grading API expects them (option id, option ids, number or
 * text per question id), read from and written back to the form, and kept per module in
 * localStorage so they survive a reload or an unreachable server.
 */
export type Answer = string | string[] | number;
export type Answers = Record<string, Answer>;

/** What is kept for one module: the answers and, while a submission is unconfirmed, its key. */
export interface KeptQuiz {
  answers: Answers;
  /** Idempotency-Key of the submission not yet confirmed, and the exact body it was for. */
  pending?: { key: string; body: string };
}

const storageKey = (slug: string) => `tfk.quiz.${slug}`;

function questions(form: HTMLFormElement): HTMLFieldSetElement[] {
  return [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question-id]')];
}

/** The answered questions only; an unanswered one is graded as wrong by the server. */
export function readAnswers(form: HTMLFormElement): Answers {
  const answers: Answers = {};
  for (const set of questions(form)) {
    const id = set.dataset.questionId!;
    const inputs = [...set.querySelectorAll('input')];
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
        const n = inputs[0]?.valueAsNumber;
        if (n !== undefined && Number.isFinite(n)) answers[id] = n;
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
    for (const input of set.querySelectorAll('input')) {
      if (input.type === 'radio' || input.type === 'checkbox') {
        input.checked = Array.isArray(value) ? value.includes(input.value) : input.value === value;
      } else {
        input.value = String(value);
      }
    }
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
