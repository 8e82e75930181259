import { call, json } from './http';

export type NewLearner = { learner: { id: string; displayName: string; createdAt: string }; token: string; recoveryCode: string };

let n = 0;
/** Unique, valid display names across a run. */
export const uniqueName = (prefix = 'learner'): string => `${prefix}-${Date.now().toString(36).slice(-5)}${(++n).toString(36)}`;

export async function newLearner(displayName = uniqueName()): Promise<NewLearner> {
  return json<NewLearner>(await call('/learners', { body: { displayName } }), 201);
}
