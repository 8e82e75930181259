/**
 * Shows a graded attempt in the quiz form: a verdict per question (icon, words and colour,
 * with the explanation and the right answer once the reveal rule allows), then the summary,
 * which takes focus so keyboard and screen reader users land on the outcome.
 */
import type { InferResponseType } from 'hono/client';
import type { AnswerProblem } from '../../lib/answers/attempt';
import { el } from '../../lib/dom';
import { inlineCodeParts } from '../../lib/inline-code';
import type { api } from '../api';

type AttemptPost = ReturnType<typeof api>['quizzes'][':module']['attempts']['$post'];
export type AttemptResult = InferResponseType<AttemptPost, 200>;
type Revealed = NonNullable<AttemptResult['reveal']>[number];
type SummaryGet = ReturnType<typeof api>['quizzes'][':module']['attempts']['summary']['$get'];
export type AttemptRecord = InferResponseType<SummaryGet, 200>;

/** Text with `backtick` spans as <code> elements: built as DOM nodes, so nothing is parsed as HTML. */
const withCode = (text: string): (Node | string)[] => inlineCodeParts(text).map((p) => (p.code ? el('code', {}, [p.text]) : p.text));

const fieldset = (form: HTMLFormElement, id: string) => form.querySelector<HTMLFieldSetElement>(`fieldset[data-question-id="${CSS.escape(id)}"]`);

/** The right answer in the page's own words: option labels rather than option ids. */
function answerText(set: HTMLFieldSetElement, r: Revealed): string {
  const label = (id: string) => set.querySelector(`input[value="${CSS.escape(id)}"]`)?.closest('label')?.textContent?.trim() ?? id;
  if (Array.isArray(r.correctAnswer)) return r.correctAnswer.map(label).join('; ');
  if (typeof r.correctAnswer === 'number') return r.tolerance ? `${r.correctAnswer} (± ${r.tolerance})` : String(r.correctAnswer);
  return set.dataset.questionType === 'single' ? label(r.correctAnswer) : r.correctAnswer;
}

/** A verdict line: an icon (hidden from screen readers) and the words, coloured by the fieldset state. */
const verdict = (icon: string, words: string) => el('p', { class: 'verdict' }, [el('span', { class: 'verdict-icon', 'aria-hidden': 'true' }, [icon]), ` ${words}`]);

function renderQuestion(set: HTMLFieldSetElement, correct: boolean, revealed: Revealed | undefined): void {
  set.dataset.result = correct ? 'correct' : 'incorrect';
  const box = set.querySelector<HTMLElement>('[data-question-feedback]');
  if (!box) return;
  const parts: HTMLElement[] = [correct ? verdict('✓', 'Correct') : verdict('✗', 'Not correct')];
  if (revealed) parts.push(el('p', {}, [`Answer: ${answerText(set, revealed)}`]), el('p', { class: 'explanation' }, withCode(revealed.explanation)));
  box.replaceChildren(...parts);
}

export function renderResult(form: HTMLFormElement, result: AttemptResult): HTMLElement {
  const reveal = new Map((result.reveal ?? []).map((r) => [r.id, r]));
  for (const q of result.questions) {
    const set = fieldset(form, q.id);
    if (set) renderQuestion(set, q.correct, reveal.get(q.id));
  }
  const summary = form.querySelector<HTMLElement>('[data-quiz-result]')!;
  const practice = result.attemptsUsed !== null && result.practiceAfter !== null;
  const head = el('p', { class: 'verdict' }, [practice ? 'Practice attempt' : result.passed ? 'Passed' : 'Not passed yet']);
  head.dataset.passed = String(result.passed);
  const lines = [
    head,
    el('p', { class: 'score' }, [`Score: ${result.correct} of ${result.total} correct (${result.score}%).`]),
    result.attemptsUsed === null
      ? el('p', { class: 'record' }, ['Graded as a guest: nothing was saved.'])
      : el('p', { class: 'record' }, [`Attempts used: ${result.attemptsUsed}. Best score: ${result.bestScore ?? 0}%.`]),
    // The server's feedback opens with the score, already shown on the line above.
    el('p', { class: 'muted' }, [result.feedback.replace(/^\d+ of \d+ correct \(\d+%\)\.\s*/, '')]),
  ];
  summary.dataset.state = practice ? 'practice' : result.passed ? 'passed' : 'graded';
  summary.replaceChildren(...lines);
  summary.focus();
  return summary;
}

/** Why the attempt was not sent: each open or unreadable question is marked, the summary lists them. */
export function renderProblems(form: HTMLFormElement, problems: AnswerProblem[]): void {
  const numbers: string[] = [];
  for (const p of problems) {
    const set = fieldset(form, p.questionId);
    if (!set) continue;
    set.dataset.result = 'open';
    const text = p.kind === 'open' ? 'Not answered yet.' : p.kind === 'ambiguous' ? 'Choose how your number should be read (below the answer).' : `Cannot be graded: ${p.message.replace(/^question "[^"]*" /, '')}.`;
    set.querySelector('[data-question-feedback]')?.replaceChildren(verdict('!', text));
    numbers.push(set.querySelector('.n')?.textContent ?? p.questionId);
  }
  const summary = form.querySelector<HTMLElement>('[data-quiz-result]')!;
  summary.dataset.state = 'open';
  summary.replaceChildren(el('p', { class: 'error-message' }, [`Not sent yet: every question needs an answer the grader can read. Still open: ${numbers.join(', ')}.`]));
  summary.focus();
}

/** A returning learner's record before they answer again: attempts, best score, pass, practice. */
export function renderRecord(form: HTMLFormElement, r: AttemptRecord): void {
  const summary = form.querySelector<HTMLElement>('[data-quiz-result]')!;
  summary.dataset.state = 'record';
  const status = r.passed ? 'You have passed this quiz.' : 'Not passed yet.';
  const reveal = r.reveal ? ' Explanations are unlocked: they appear with your next result.' : '';
  const practice = r.reveal ? ` Further attempts are practice: answers were revealed after attempt ${r.practiceAfter ?? r.attemptsUsed}.` : '';
  summary.replaceChildren(el('p', { class: 'record' }, [`Your record: ${status} Attempts used: ${r.attemptsUsed}. Best score: ${r.bestScore ?? 0}%.${reveal}${practice}`]));
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
