/**
 * The learner's anonymous identity, shared by every part of the site that talks to the API.
 * One localStorage key holds it; nothing is stored until the learner picks a display name.
 */

export const IDENTITY_STORAGE_KEY = 'tfk.identity';

export interface Identity {
  token: string;
  displayName: string;
  /** Kept only in this browser so the learner can look it up again; the server stores a hash. */
  recoveryCode?: string;
}

function isIdentity(value: unknown): value is Identity {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.token === 'string' && v.token.length > 0 && typeof v.displayName === 'string';
}

/** The stored identity, or null when there is none (or storage is unavailable or corrupt). */
export function getIdentity(storage: Storage | undefined = globalThis.localStorage): Identity | null {
  try {
    const raw = storage?.getItem(IDENTITY_STORAGE_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isIdentity(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function saveIdentity(identity: Identity, storage: Storage | undefined = globalThis.localStorage): void {
  if (!isIdentity(identity)) throw new Error('saveIdentity: token and displayName are required');
  storage?.setItem(IDENTITY_STORAGE_KEY, JSON.stringify(identity));
}

export function clearIdentity(storage: Storage | undefined = globalThis.localStorage): void {
  storage?.removeItem(IDENTITY_STORAGE_KEY);
}

/** Request headers that authenticate the learner, empty without an identity. */
export function authHeaders(identity: Identity | null = getIdentity()): Record<string, string> {
  return identity ? { Authorization: `Bearer ${identity.token}` } : {};
}
