/**
 * The drawing set in localStorage, so a reload (or a crash) loses nothing the learner drew.
 * Format, version 1: `{ v: 1, nextId, classes: [{ name, drawings: [{ id, pixels: base64 of the
 * 784 8-bit pixels }] }] }`, about 1 KB per drawing. A damaged record is reported, never
 * silently replaced: the caller keeps it until the learner saves over it.
 */
import { PIXELS, type DrawingSet } from './drawings.ts';

/** localStorage key of the set. */
export const STORE_KEY = 'tfk.transfer.drawings';

interface Stored { v: 1; nextId: number; classes: { name: string; drawings: { id: string; pixels: string }[] }[] }

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** The set as JSON text. */
export function serialise(set: DrawingSet): string {
  const stored: Stored = {
    v: 1,
    nextId: set.nextId,
    classes: set.classes.map((c) => ({ name: c.name, drawings: c.drawings.map((d) => ({ id: d.id, pixels: toBase64(Uint8Array.from(d.pixels, (v) => Math.round(v * 255))) })) })),
  };
  return JSON.stringify(stored);
}

/** The set from `serialise`'s text; throws a readable error on anything else. */
export function restore(text: string): DrawingSet {
  const data = JSON.parse(text) as Partial<Stored>;
  if (data?.v !== 1 || !Array.isArray(data.classes) || typeof data.nextId !== 'number') throw new Error('the saved drawings are in an unknown format');
  return {
    nextId: data.nextId,
    classes: data.classes.map((c) => ({
      name: String(c.name),
      drawings: c.drawings.map((d) => {
        const bytes = fromBase64(d.pixels);
        if (bytes.length !== PIXELS) throw new Error(`drawing ${d.id} has ${bytes.length} pixels instead of ${PIXELS}`);
        return { id: String(d.id), pixels: Float32Array.from(bytes, (v) => v / 255) };
      }),
    })),
  };
}

/** What is in `storage`: the set, nothing (null), or why it could not be read. */
export function load(storage: Pick<Storage, 'getItem'>): { set: DrawingSet | null; problem?: string } {
  try {
    const text = storage.getItem(STORE_KEY);
    return { set: text === null ? null : restore(text) };
  } catch (error) {
    return { set: null, problem: `Your saved drawings could not be read (${(error as Error).message}); they are left untouched until you draw again.` };
  }
}

/** Writes the set; returns a readable problem (storage full or blocked) or null. */
export function save(storage: Pick<Storage, 'setItem'>, set: DrawingSet): string | null {
  try {
    storage.setItem(STORE_KEY, serialise(set));
    return null;
  } catch (error) {
    return `Your drawings could not be saved in this browser (${(error as Error).message}); they stay on this page until you reload.`;
  }
}
