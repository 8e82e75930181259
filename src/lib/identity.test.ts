import { describe, expect, it } from 'vitest';
import { IDENTITY_STORAGE_KEY, authHeaders, clearIdentity, getIdentity, saveIdentity } from './identity';

/** In-memory Storage: the helpers take it as a parameter, so Node needs no DOM. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => { items.delete(k); },
    setItem: (k, v) => { items.set(k, String(v)); },
  };
}

describe('identity', () => {
  it('round-trips through one storage key and clears', () => {
    const storage = memoryStorage();
    expect(getIdentity(storage)).toBeNull();
    saveIdentity({ token: 'tfk_abc', displayName: 'Ada' }, storage);
    expect(storage.getItem(IDENTITY_STORAGE_KEY)).toContain('tfk_abc');
    expect(getIdentity(storage)).toEqual({ token: 'tfk_abc', displayName: 'Ada' });
    clearIdentity(storage);
    expect(getIdentity(storage)).toBeNull();
  });

  it('treats corrupt or incomplete stored values as no identity', () => {
    const storage = memoryStorage();
    storage.setItem(IDENTITY_STORAGE_KEY, '{not json');
    expect(getIdentity(storage)).toBeNull();
    storage.setItem(IDENTITY_STORAGE_KEY, JSON.stringify({ displayName: 'Ada' }));
    expect(getIdentity(storage)).toBeNull();
  });

  it('refuses to save an identity without a token', () => {
    expect(() => saveIdentity({ token: '', displayName: 'Ada' }, memoryStorage())).toThrow(/token/);
  });

  it('builds a bearer header only when there is an identity', () => {
    expect(authHeaders(null)).toEqual({});
    expect(authHeaders({ token: 'tfk_abc', displayName: 'Ada' })).toEqual({ Authorization: 'Bearer tfk_abc' });
  });
});
