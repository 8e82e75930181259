/**
 * Wires a module's quiz form to the grading API. Answers are kept per module on every change
 * (restored on reload); only complete, readable attempts are sent (the same check the Worker
 * runs); a submission carries an Idempotency-Key that is reused when the same answers are
 * retried, so a lost response can never count as two attempts.
 */
import { attemptProblems } from '../../lib/answers/attempt';
import { getIdentity } from '../../lib/identity';
import { api, ApiFailure, send, withAuth } from '../api';
import { answerSpecs, keyFor, loadKept, readAnswers, saveKept, writeAnswers, type Answers } from './answers';
import { watchReadings } from './readings';
import { renderFailure, renderProblems, renderRecord, renderResult, type AttemptResult } from './render';

/** A saved learner sees their record on arrival (without moving focus); a failure here is silent. */
async function showRecord(form: HTMLFormElement, slug: string): Promise<void> {
  if (!getIdentity()) return;
  const record = await send(() => api().quizzes[':module'].attempts.summary.$get({ param: { module: slug } }, withAuth())).catch(() => null);
  if (record && record.attemptsUsed > 0 && !form.querySelector('[data-quiz-result]')?.hasChildNodes()) renderRecord(form, record);
}

/** A guest's graded answers are kept so that saving progress later can submit them again. */
function keepGuestAttempt(slug: string, answers: Answers, result: AttemptResult): void {
  const kept = loadKept(slug);
  if (result.attemptsUsed !== null || (kept?.guestAttempt?.passed && !result.passed)) return saveKept(slug, { answers });
  saveKept(slug, { answers, guestAttempt: { answers, passed: result.passed, key: crypto.randomUUID() } });
}

async function submit(form: HTMLFormElement, slug: string, button: HTMLButtonElement): Promise<void> {
  const answers = readAnswers(form);
  const problems = attemptProblems(answerSpecs(form), answers);
  if (problems.length > 0) return renderProblems(form, problems);
  const kept = loadKept(slug);
  const pending = keyFor(kept, answers);
  saveKept(slug, { ...kept, answers, pending });
  button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  try {
    const result = await send(() =>
      api().quizzes[':module'].attempts.$post(
        { param: { module: slug }, json: { answers }, header: { 'idempotency-key': pending.key } },
        withAuth(),
      ),
    );
    keepGuestAttempt(slug, answers, result);
    renderResult(form, result);
  } catch (err) {
    const failure = err instanceof ApiFailure ? err : new ApiFailure('offline', 0, 'Could not grade the answers.');
    // A refused request will not succeed as-is, so its key is dropped; anything else keeps it for Retry.
    if (!failure.retryable) saveKept(slug, { ...loadKept(slug), answers, pending: undefined });
    renderFailure(form, failure.reason, failure.retryable ? () => form.requestSubmit() : null);
  } finally {
    button.disabled = false;
    form.removeAttribute('aria-busy');
  }
}

export function initQuiz(form: HTMLFormElement): void {
  const slug = form.dataset.module;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!slug || !button) return;
  // Choices made before this script arrived (native controls keep them) win over kept answers.
  const early = readAnswers(form);
  const kept = loadKept(slug);
  writeAnswers(form, { ...kept?.answers, ...early });
  const remember = () => saveKept(slug, { ...loadKept(slug), answers: readAnswers(form) });
  if (Object.keys(early).length > 0) remember();
  form.addEventListener('change', remember);
  form.addEventListener('input', remember);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(form, slug, button);
  });
  watchReadings(form);
  // A guest attempt that could not be carried over when the learner saved is tried again here.
  const carry = getIdentity() && kept?.guestAttempt ? import('./carry-over').then((m) => m.carryOverGuestAttempts()) : Promise.resolve();
  void carry.catch(() => undefined).then(() => showRecord(form, slug));
}
