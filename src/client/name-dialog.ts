/**
 * The "choose a display name" dialog, built only when needed (so pages without JS carry no
 * dead markup). A native modal <dialog> gives focus trapping and Escape for free. The action
 * runs inside the dialog so a refusal (name taken, invalid) is shown where the name was typed.
 */
import '../styles/learner.css';
import { ApiFailure } from './api';

export interface NameDialogOptions {
  title: string;
  intro: string;
  initial: string;
  confirmLabel: string;
  /** Performs the save; its resolved text (if any) is shown before the dialog closes. */
  action: (name: string) => Promise<Node | null>;
}

let counter = 0;

/** Resolves true when the action succeeded, false when the learner cancelled. */
export function askDisplayName(o: NameDialogOptions): Promise<boolean> {
  const id = `name-dialog-${++counter}`;
  const dialog = document.createElement('dialog');
  dialog.className = 'learner-dialog';
  dialog.setAttribute('aria-labelledby', `${id}-title`);
  const form = document.createElement('form');
  form.method = 'dialog';
  const heading = Object.assign(document.createElement('h2'), { id: `${id}-title`, textContent: o.title });
  const intro = Object.assign(document.createElement('p'), { textContent: o.intro });
  const label = Object.assign(document.createElement('label'), { htmlFor: `${id}-input`, textContent: 'Display name' });
  const input = Object.assign(document.createElement('input'), { id: `${id}-input`, value: o.initial, required: true, maxLength: 32, autocomplete: 'nickname' });
  input.setAttribute('aria-describedby', `${id}-error`);
  const error = Object.assign(document.createElement('p'), { id: `${id}-error`, className: 'error-message' });
  error.setAttribute('role', 'alert');
  const confirm = Object.assign(document.createElement('button'), { type: 'submit', className: 'button primary', textContent: o.confirmLabel });
  const cancel = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: 'Cancel' });
  const buttons = Object.assign(document.createElement('p'), { className: 'dialog-actions' });
  buttons.append(confirm, cancel);
  form.append(heading, intro, label, input, error, buttons);
  dialog.append(form);
  document.body.append(dialog);

  return new Promise((resolve) => {
    let done = false;
    const close = () => dialog.close();
    dialog.addEventListener('close', () => { dialog.remove(); resolve(done); });
    cancel.addEventListener('click', close);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (done) return close();
      confirm.disabled = true;
      error.textContent = '';
      try {
        const after = await o.action(input.value);
        done = true;
        if (!after) return close();
        // Show what the learner must see once (the recovery code), then one button closes.
        form.replaceChildren(heading, after, buttons);
        confirm.textContent = 'Done';
        confirm.disabled = false;
        cancel.remove();
        confirm.focus();
      } catch (err) {
        confirm.disabled = false;
        // The API's own reason ("must be at least 2 characters"), not "The request body is invalid."
        error.textContent = err instanceof ApiFailure ? `Display name: ${err.reason}` : err instanceof Error ? err.message : 'Something went wrong.';
        input.focus();
      }
    });
    dialog.showModal();
    input.select();
  });
}

/** The once-only recovery code message shown after an account is created. */
export function recoveryNotice(displayName: string, code: string): HTMLElement {
  const box = document.createElement('div');
  const p1 = document.createElement('p');
  p1.textContent = `Saved as ${displayName}. Your recovery code moves your progress to another browser:`;
  const codeEl = Object.assign(document.createElement('code'), { className: 'recovery-code', textContent: code });
  codeEl.dataset.recoveryCode = '';
  const p2 = document.createElement('p');
  p2.textContent = 'Keep it somewhere safe. You can also see it on the Progress page in this browser.';
  box.append(p1, codeEl, p2);
  return box;
}
