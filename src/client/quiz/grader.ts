/**
 * Wires a module's quiz form to the grading API. Answers are kept per module on every change
 * (restored on reload); a submission carries an Idempotency-Key that is reused when the same
 * answers are retried, so a lost response can never count as two attempts.
 */
import { getIdentity } from '../../lib/identity';
import { api, ApiFailure, send, withAuth } from '../api';
import { keyFor, loadKept, readAnswers, saveKept, writeAnswers } from './answers';
import { renderFailure, renderRecord, renderResult } from './render';

/** A saved learner sees their record on arrival (without moving focus); a failure here is silent. */
async function showRecord(form: HTMLFormElement, slug: string): Promise<void> {
  if (!getIdentity()) return;
  const record = await send(() => api().quizzes[':module'].attempts.summary.$get({ param: { module: slug } }, withAuth())).catch(() => null);
  if (record && record.attemptsUsed > 0 && !form.querySelector('[data-quiz-result]')?.hasChildNodes()) renderRecord(form, record);
}

async function submit(form: HTMLFormElement, slug: string, button: HTMLButtonElement): Promise<void> {
  const answers = readAnswers(form);
  if (Object.keys(answers).length === 0) {
    renderFailure(form, 'Answer at least one question before checking.', null);
    return;
  }
  const kept = loadKept(slug);
  const pending = keyFor(kept, answers);
  saveKept(slug, { answers, pending });
  button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  try {
    const result = await send(() =>
      api().quizzes[':module'].attempts.$post(
        { param: { module: slug }, json: { answers }, header: { 'idempotency-key': pending.key } },
        withAuth(),
      ),
    );
    saveKept(slug, { answers });
    renderResult(form, result);
  } catch (err) {
    const failure = err instanceof ApiFailure ? err : new ApiFailure('offline', 0, 'Could not grade the answers.');
    // A refused request will not succeed as-is, so its key is dropped; anything else keeps it for Retry.
    if (!failure.retryable) saveKept(slug, { answers });
    renderFailure(form, failure.message, failure.retryable ? () => form.requestSubmit() : null);
  } finally {
    button.disabled = false;
    form.removeAttribute('aria-busy');
  }
}

export function initQuiz(form: HTMLFormElement): void {
  const slug = form.dataset.module;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!slug || !button) return;
  const kept = loadKept(slug);
  if (kept) writeAnswers(form, kept.answers);
  const remember = () => saveKept(slug, { ...loadKept(slug), answers: readAnswers(form) });
  form.addEventListener('change', remember);
  form.addEventListener('input', remember);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(form, slug, button);
  });
  void showRecord(form, slug);
}
