/** The first save: choose a display name (a suggestion is prefilled), then see the recovery code once. */
import { createAccount, suggestName } from '../account';
import { askDisplayName, recoveryNotice } from '../name-dialog';

export function promptSaveProgress(): Promise<boolean> {
  return askDisplayName({
    title: 'Save your progress',
    intro: 'Choose the name shown on the leaderboards. No email or password: this browser keeps a key.',
    initial: suggestName(),
    confirmLabel: 'Save',
    action: async (name) => {
      const identity = await createAccount(name);
      return recoveryNotice(identity.displayName, identity.recoveryCode ?? '');
    },
  });
}
