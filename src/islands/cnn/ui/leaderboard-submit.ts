/**
 * "Submit to leaderboard": no account is needed until this moment. Without a stored identity
 * it asks for a display name first. The prepared submission is kept in memory, so a network
 * or API error loses nothing: the learner just presses Retry.
 */
import { createAccount } from '~/client/account';
import { getIdentity, type Identity } from '~/lib/identity';
import { submitCnn, type CnnSubmission } from './leaderboard-api';
import { el, formatPercent, part, type Root } from '../../runtime/ui/dom';

export class LeaderboardSubmit {
  private readonly button: HTMLButtonElement;
  private readonly nameForm: HTMLFormElement;
  private readonly nameInput: HTMLInputElement;
  private readonly result: HTMLElement;
  private readonly error: HTMLElement;
  private readonly errorText: HTMLElement;
  private readonly retry: HTMLButtonElement;
  private readonly recovery: HTMLElement;
  private submission: CnnSubmission | null = null;
  private busy = false;

  constructor(root: Root, private readonly prepare: () => Promise<CnnSubmission>) {
    this.button = part<HTMLButtonElement>(root, 'submit');
    this.nameForm = part<HTMLFormElement>(root, 'name-form');
    this.nameInput = this.nameForm.querySelector<HTMLInputElement>('input[name="displayName"]')!;
    this.result = part(root, 'submit-result');
    this.error = part(root, 'submit-error');
    this.errorText = part(root, 'submit-error-text');
    this.retry = part<HTMLButtonElement>(root, 'submit-retry');
    this.recovery = part(root, 'recovery');
    this.button.addEventListener('click', () => void this.run());
    this.retry.addEventListener('click', () => void this.run());
    this.nameForm.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run();
    });
  }

  /** A newly trained or loaded model makes the prepared predictions stale. */
  modelChanged(): void {
    this.submission = null;
    this.result.hidden = true;
  }

  private async run(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.button.disabled = true;
    this.error.hidden = true;
    this.result.hidden = false;
    try {
      this.result.textContent = 'Predicting the 10,000 test digits and packing the weights…';
      this.submission ??= await this.prepare();
      const identity = getIdentity() ?? (await this.identityFromForm());
      if (!identity) {
        this.result.textContent = 'Choose a display name to appear on the leaderboard.';
        return;
      }
      this.result.textContent = 'Sending your predictions and weights to the grader…';
      const graded = await submitCnn(this.submission, identity);
      const rank = graded.rank === null ? 'Your rank could not be read just now; see the leaderboard page.' : `Your best result ranks #${graded.rank}`;
      const verified = graded.checked === null ? 'Verified. ' : `Verified: your weights reproduced your predictions on ${graded.checked} test images the server picked. `;
      this.result.replaceChildren(
        graded.verified ? verified : '',
        `Server-graded test accuracy: ${formatPercent(graded.accuracy, 2)} (${graded.correct.toLocaleString('en-US')} of ${graded.total.toLocaleString('en-US')} correct). `,
        el('strong', { 'data-rank': graded.rank === null ? undefined : String(graded.rank) }, [rank]),
        graded.rank === null ? '' : ` on the CNN leaderboard as ${identity.displayName}.`,
      );
    } catch (error) {
      this.result.hidden = true;
      this.errorText.textContent = `Submission failed: ${(error as Error).message} Your predictions are kept; press Retry.`;
      this.error.hidden = false;
      this.retry.focus();
    } finally {
      this.busy = false;
      this.button.disabled = false;
    }
  }

  /** Shows the name form the first time; once it is filled in, creates the learner. */
  private async identityFromForm(): Promise<Identity | null> {
    if (this.nameForm.hidden) {
      this.nameForm.hidden = false;
      this.nameInput.focus();
      return null;
    }
    const displayName = this.nameInput.value.trim();
    if (displayName.length < 2 || displayName.length > 32) {
      this.nameInput.setAttribute('aria-invalid', 'true');
      this.nameInput.focus();
      throw new Error('A display name needs 2 to 32 characters.');
    }
    this.nameInput.removeAttribute('aria-invalid');
    const identity = await createAccount(displayName);
    const recoveryCode = identity.recoveryCode ?? '';
    this.nameForm.hidden = true;
    // Shown once by the server: it is the only way to move this identity to another browser.
    this.recovery.replaceChildren(`Welcome, ${identity.displayName}. Your recovery code (keep it to move your progress to another browser; the Progress page shows it again): `, el('code', {}, [recoveryCode]));
    this.recovery.hidden = false;
    return identity;
  }
}
