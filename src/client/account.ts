/**
 * Identity actions behind the account panel and the "save my progress" prompt: create,
 * rename, recover with a code, delete. Each keeps localStorage in step with the server.
 */
import { clearIdentity, getIdentity, saveIdentity, type Identity } from '../lib/identity';
import { api, send, withAuth } from './api';

const ADJECTIVES = ['Curious', 'Patient', 'Bold', 'Steady', 'Bright', 'Quiet', 'Swift', 'Clever'];
const ANIMALS = ['Otter', 'Heron', 'Lynx', 'Falcon', 'Badger', 'Koala', 'Marten', 'Ibis'];

/** A friendly, valid display name (letters, a space, digits) to prefill the name field. */
export function suggestName(random: () => number = Math.random): string {
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
  return `${pick(ADJECTIVES)} ${pick(ANIMALS)} ${10 + Math.floor(random() * 90)}`;
}

/**
 * Creates the learner and stores token, name and recovery code in this browser, then submits
 * the quiz attempts made here as a guest as their first attempts (`carriedOver`: those modules).
 */
export async function createAccount(displayName: string): Promise<Identity & { carriedOver: string[] }> {
  const reply = await send(() => api().learners.$post({ json: { displayName } }));
  const identity = { token: reply.token, displayName: reply.learner.displayName, recoveryCode: reply.recoveryCode };
  saveIdentity(identity);
  const { carryOverGuestAttempts } = await import('./quiz/carry-over');
  return { ...identity, carriedOver: await carryOverGuestAttempts() };
}

export async function renameAccount(displayName: string): Promise<Identity> {
  const current = getIdentity();
  if (!current) throw new Error('No saved progress in this browser to rename.');
  const reply = await send(() => api().learners.me.$patch({ json: { displayName } }, withAuth()));
  const identity = { ...current, displayName: reply.learner.displayName };
  saveIdentity(identity);
  return identity;
}

/**
 * Moves progress here: a new token for this browser (the old browser's token stops working)
 * and a new recovery code, since a code works once. The new code is stored here at once, so a
 * reload or a lost response later cannot leave the learner with only the spent code.
 */
export async function recoverAccount(recoveryCode: string): Promise<Identity> {
  const code = recoveryCode.trim();
  const reply = await send(() => api().learners.recover.$post({ json: { recoveryCode: code } }));
  const identity = { token: reply.token, displayName: reply.learner.displayName, recoveryCode: reply.recoveryCode };
  saveIdentity(identity);
  return identity;
}

/** Erases the learner on the server, then forgets them here (also their kept quiz answers). */
export async function deleteAccount(): Promise<void> {
  await send(() => api().learners.me.$delete({}, withAuth()));
  clearIdentity();
  for (const key of Object.keys(localStorage)) if (key.startsWith('tfk.quiz.')) localStorage.removeItem(key);
}
