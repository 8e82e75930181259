/**
 * Shows a graded attempt in the quiz form: a verdict per question (with the explanation and
 * the right answer once the reveal rule allows), then the summary, which takes focus so
 * keyboard and screen reader users land on the outcome.
 */
import type { InferResponseType } from 'hono/client';
import type { api } from '../api';
import { el } from '../../lib/dom';

type AttemptPost = ReturnType<typeof api>['quizzes'][':module']['attempts']['$post'];
export type AttemptResult = InferResponseType<AttemptPost, 200>;
type Revealed = NonNullable<AttemptResult['reveal']>[number];
type SummaryGet = ReturnType<typeof api>['quizzes'][':module']['attempts']['summary']['$get'];
export type AttemptRecord = InferResponseType<SummaryGet, 200>;

/** The right answer in the page's own words: option labels rather than option ids. */
function answerText(set: HTMLFieldSetElement, r: Revealed): string {
  const label = (id: string) => set.querySelector(`input[value="${CSS.escape(id)}"]`)?.closest('label')?.textContent?.trim() ?? id;
  if (Array.isArray(r.correctAnswer)) return r.correctAnswer.map(label).join('; ');
  if (typeof r.correctAnswer === 'number') return r.tolerance ? `${r.correctAnswer} (± ${r.tolerance})` : String(r.correctAnswer);
  return set.dataset.questionType === 'single' ? label(r.correctAnswer) : r.correctAnswer;
}

function renderQuestion(set: HTMLFieldSetElement, correct: boolean, revealed: Revealed | undefined): void {
  set.dataset.result = correct ? 'correct' : 'incorrect';
  const box = set.querySelector<HTMLElement>('[data-question-feedback]');
  if (!box) return;
  const parts: HTMLElement[] = [el('p', { class: 'verdict' }, [correct ? 'Correct.' : 'Not correct.'])];
  if (revealed) {
    const answer = el('p', {}, [`Answer: ${answerText(set, revealed)}`]);
    parts.push(answer, el('p', { class: 'explanation' }, [revealed.explanation]));
  }
  box.replaceChildren(...parts);
}

export function renderResult(form: HTMLFormElement, result: AttemptResult): HTMLElement {
  const reveal = new Map((result.reveal ?? []).map((r) => [r.id, r]));
  for (const q of result.questions) {
    const set = form.querySelector<HTMLFieldSetElement>(`fieldset[data-question-id="${CSS.escape(q.id)}"]`);
    if (set) renderQuestion(set, q.correct, reveal.get(q.id));
  }
  const summary = form.querySelector<HTMLElement>('[data-quiz-result]')!;
  const verdict = el('p', { class: 'verdict' }, [result.passed ? 'Passed' : 'Not passed yet']);
  verdict.dataset.passed = String(result.passed);
  const lines = [
    verdict,
    el('p', { class: 'score' }, [`Score: ${result.correct} of ${result.total} correct (${result.score}%).`]),
    result.attemptsUsed === null
      ? el('p', { class: 'record' }, ['Graded as a guest: nothing was saved.'])
      : el('p', { class: 'record' }, [`Attempts used: ${result.attemptsUsed}. Best score: ${result.bestScore ?? 0}%.`]),
    // The server's feedback opens with the score, already shown on the line above.
    el('p', { class: 'muted' }, [result.feedback.replace(/^\d+ of \d+ correct \(\d+%\)\.\s*/, '')]),
  ];
  summary.dataset.state = result.passed ? 'passed' : 'graded';
  summary.replaceChildren(...lines);
  summary.focus();
  return summary;
}

/** A returning learner's record before they answer again: attempts, best score, pass. */
export function renderRecord(form: HTMLFormElement, r: AttemptRecord): void {
  const summary = form.querySelector<HTMLElement>('[data-quiz-result]')!;
  summary.dataset.state = 'record';
  const status = r.passed ? 'You have passed this quiz.' : 'Not passed yet.';
  const reveal = r.reveal ? ' Explanations are unlocked: they appear with your next result.' : '';
  summary.replaceChildren(el('p', { class: 'record' }, [`Your record: ${status} Attempts used: ${r.attemptsUsed}. Best score: ${r.bestScore ?? 0}%.${reveal}`]));
}

/** A failure the learner can act on: the message, and a Retry button when retrying can help. */
export function renderFailure(form: HTMLFormElement, message: string, retry: (() => void) | null): void {
  const summary = form.querySelector<HTMLElement>('[data-quiz-result]')!;
  summary.dataset.state = 'error';
  const parts: HTMLElement[] = [el('p', { class: 'error-message' }, [message])];
  if (retry) {
    parts.push(el('p', { class: 'muted' }, ['Your answers are kept on this device.']));
    const button = el('button', { class: 'button', type: 'button' }, ['Retry']);
    button.addEventListener('click', retry);
    parts.push(button);
  }
  summary.replaceChildren(...parts);
  summary.focus();
}
