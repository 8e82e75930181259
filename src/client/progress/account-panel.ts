/**
 * The account panel on the progress page: rename, show the recovery code kept in this
 * browser, delete everything (after a confirmation), and the "move progress here" form.
 */
import { getIdentity } from '../../lib/identity';
import { deleteAccount, recoverAccount, renameAccount } from '../account';
import { ApiFailure } from '../api';
import { askDisplayName } from '../name-dialog';

const q = <T extends Element>(root: ParentNode, sel: string) => root.querySelector<T>(sel)!;
const messageOf = (err: unknown) => (err instanceof ApiFailure || err instanceof Error ? err.message : 'Something went wrong.');

/** Shows the stored name (as text, never markup) and wires the buttons once. */
export function initAccountPanel(root: ParentNode, status: HTMLElement, reload: () => void): void {
  const panel = q<HTMLElement>(root, '[data-account]');
  const name = q<HTMLElement>(root, '[data-account-name]');
  const box = q<HTMLElement>(root, '[data-recovery-box]');
  const show = q<HTMLButtonElement>(root, '[data-show-code]');
  const identity = getIdentity();
  panel.hidden = !identity;
  if (identity) name.textContent = identity.displayName;

  q<HTMLButtonElement>(root, '[data-rename]').onclick = async () => {
    const current = getIdentity();
    if (!current) return;
    const done = await askDisplayName({
      title: 'Rename',
      intro: 'Your new name replaces the old one on the leaderboards.',
      initial: current.displayName,
      confirmLabel: 'Rename',
      action: async (n) => { await renameAccount(n); return null; },
    });
    if (done) name.textContent = getIdentity()?.displayName ?? '';
    status.textContent = done ? `Renamed to ${name.textContent}.` : '';
  };

  /** Opens the recovery box with the code kept in this browser, or a note that there is none. */
  const showCode = (open: boolean, lead?: string) => {
    show.setAttribute('aria-expanded', String(open));
    box.hidden = !open;
    const code = getIdentity()?.recoveryCode;
    const codeEl = Object.assign(document.createElement('code'), { className: 'recovery-code', textContent: code ?? '' });
    codeEl.dataset.recoveryCode = '';
    const note = document.createElement('p');
    note.textContent = code
      ? 'Enter this code on the Progress page of another browser to move your progress there. Each code works once.'
      : 'This browser does not have the recovery code (it was shown when you first saved).';
    const head = lead ? [Object.assign(document.createElement('p'), { textContent: lead })] : [];
    box.replaceChildren(...head, ...(code ? [codeEl, note] : [note]));
  };
  show.onclick = () => showCode(show.getAttribute('aria-expanded') !== 'true');

  q<HTMLButtonElement>(root, '[data-delete]').onclick = async () => {
    if (!confirm('Delete your name, quiz attempts and CNN submissions from the course server? This cannot be undone.')) return;
    try {
      await deleteAccount();
      status.textContent = 'Your data was deleted.';
      reload();
    } catch (err) {
      status.textContent = messageOf(err);
    }
  };

  const form = q<HTMLFormElement>(root, '[data-recover-form]');
  const error = q<HTMLElement>(root, '[data-recover-error]');
  form.onsubmit = async (event) => {
    event.preventDefault();
    error.textContent = '';
    const input = form.elements.namedItem('recoveryCode') as HTMLInputElement;
    try {
      const moved = await recoverAccount(input.value);
      input.value = '';
      status.textContent = `Progress moved here. Welcome back, ${moved.displayName}. Your recovery code has changed: keep the new one below.`;
      reload();
      panel.hidden = false;
      name.textContent = moved.displayName;
      showCode(true, 'The code you entered no longer works. Your new recovery code:');
    } catch (err) {
      error.textContent = messageOf(err);
      input.focus();
    }
  };
}
