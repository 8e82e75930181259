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
      const notice = recoveryNotice(identity.displayName, identity.recoveryCode ?? '');
      const n = identity.carriedOver.length;
      if (n > 0) notice.append(Object.assign(document.createElement('p'), { textContent: `Your guest answers in ${n} quiz${n === 1 ? '' : 'zes'} were graded again and saved as your first attempt${n === 1 ? '' : 's'}.` }));
      return notice;
    },
  });
}
