/** The progress page: the account panel, then the learner's progress from the API. */
import { clearIdentity, getIdentity } from '../../lib/identity';
import { api, ApiFailure, send, withAuth } from '../api';
import { initAccountPanel } from './account-panel';
import { renderProgress } from './render';

const status = document.querySelector<HTMLElement>('[data-progress-status]')!;
const section = document.querySelector<HTMLElement>('[data-progress]')!;
const recover = document.querySelector<HTMLElement>('[data-recover]')!;

async function load(): Promise<void> {
  initAccountPanel(document, status, () => void load());
  recover.hidden = false;
  if (!getIdentity()) {
    section.hidden = true;
    status.textContent = 'Nothing is saved in this browser yet. Choose "Save my progress" on a module quiz, or move your progress here with a recovery code.';
    return;
  }
  try {
    renderProgress(document, await send(() => api().progress.$get({}, withAuth())));
    section.hidden = false;
    if (status.textContent === 'Loading your progress…') status.textContent = '';
  } catch (err) {
    if (err instanceof ApiFailure && err.status === 401) {
      // The key was revoked (progress moved to another browser) or the learner was deleted.
      clearIdentity();
      status.textContent = 'This browser\'s key no longer opens your progress: it was moved to another browser or deleted. Use a recovery code to bring it back.';
      initAccountPanel(document, status, () => void load());
      return;
    }
    status.textContent = err instanceof Error ? err.message : 'Could not load your progress.';
  }
}

void load();
