/**
 * The line above the quiz's submit button: who the attempts are saved for, or a guest's
 * "Save my progress" button. Part of the small loader; the dialog code loads on click.
 */
import { getIdentity } from '../../lib/identity';

export function renderAccountLine(line: HTMLElement, next: HTMLElement): void {
  const identity = getIdentity();
  if (identity) {
    line.textContent = `Saving your attempts as ${identity.displayName}.`;
    return;
  }
  const text = document.createTextNode('Answering as a guest: attempts are graded but not saved. ');
  const save = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: 'Save my progress' });
  save.dataset.saveProgress = '';
  save.addEventListener('click', async () => {
    const { promptSaveProgress } = await import('./save-progress');
    const saved = await promptSaveProgress();
    if (saved) renderAccountLine(line, next);
    (saved ? next : save).focus();
  });
  line.replaceChildren(text, save);
}

/** Adds the line to a quiz form, just before its actions. */
export function addAccountLine(form: HTMLFormElement): void {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!button || form.querySelector('[data-account-line]')) return;
  const line = document.createElement('p');
  line.className = 'account-line';
  line.dataset.accountLine = '';
  button.parentElement?.before(line);
  renderAccountLine(line, button);
}
