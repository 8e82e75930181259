/**
 * Keeps the grading code (and the API client) off the page until it is needed: at once when
 * there is something to restore (kept answers, a saved learner), otherwise on the first
 * interaction with the quiz. A submit that races the download is held and replayed.
 */
import { getIdentity } from '../../lib/identity';
import '../../styles/learner.css';
import { addAccountLine } from './account-line';

function hasKeptAnswers(slug: string): boolean {
  try {
    return localStorage.getItem(`tfk.quiz.${slug}`) !== null;
  } catch {
    return false;
  }
}

function lazyQuiz(form: HTMLFormElement): void {
  let heldSubmit = false;
  let loading: Promise<void> | null = null;
  const start = () =>
    (loading ??= import('./grader').then(({ initQuiz }) => {
      form.removeEventListener('submit', hold);
      initQuiz(form);
      if (heldSubmit) form.requestSubmit();
    }));
  function hold(event: SubmitEvent) {
    event.preventDefault();
    heldSubmit = true;
    void start();
  }
  form.addEventListener('submit', hold);
  addAccountLine(form);
  const slug = form.dataset.module ?? '';
  if (getIdentity() || hasKeptAnswers(slug)) {
    void start();
    return;
  }
  for (const type of ['focusin', 'pointerdown', 'change'] as const) form.addEventListener(type, () => void start(), { once: true });
}

document.querySelectorAll<HTMLFormElement>('form[data-quiz]').forEach(lazyQuiz);
