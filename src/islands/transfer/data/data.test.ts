import { describe, expect, it } from 'vitest';
import { addDrawing, deleteDrawing, emptySet, PIXELS, type DrawingSet } from './drawings';
import { splitHeldOut } from './split';
import { load, restore, save, serialise, STORE_KEY } from './store';
import { drawingProblems, nameProblems } from './validate';

/** A drawing whose pixels encode (class, n) so a test can tell drawings apart. */
const pixels = (seed: number) => Float32Array.from({ length: PIXELS }, (_, i) => ((i * 7 + seed * 13) % 256) / 255);

function setWith(counts: number[]): DrawingSet {
  const set = emptySet(counts.map((_, i) => `s${i}`));
  counts.forEach((n, c) => { for (let k = 0; k < n; k++) addDrawing(set, c, pixels(c * 100 + k)); });
  return set;
}

class MemoryStorage {
  data = new Map<string, string>();
  getItem(key: string) { return this.data.get(key) ?? null; }
  setItem(key: string, value: string) { this.data.set(key, value); }
}

describe('the drawing store', () => {
  it('restores exactly what was serialised: names, ids, order and every pixel', () => {
    const set = setWith([3, 1, 2]);
    deleteDrawing(set, set.classes[0]!.drawings[1]!.id);
    const back = restore(serialise(set));
    expect(back).toEqual(set);
    expect(back.classes[0]!.drawings.map((d) => d.id)).toEqual(['d1', 'd3']);
    // New ids keep counting after a restore, so no id is reused.
    expect(addDrawing(back, 1, pixels(9))).toBe('d7');
  });

  it('saves to and loads from storage, and reports a damaged record instead of replacing it', () => {
    const storage = new MemoryStorage();
    expect(load(storage)).toEqual({ set: null });
    const set = setWith([2, 2, 2]);
    expect(save(storage, set)).toBeNull();
    expect(load(storage).set).toEqual(set);
    storage.setItem(STORE_KEY, '{"v":1,"nextId":2,"classes":[{"name":"a","drawings":[{"id":"d1","pixels":"AAAA"}]}]}');
    const damaged = load(storage);
    expect(damaged.set).toBeNull();
    expect(damaged.problem).toMatch(/could not be read \(drawing d1 has 3 pixels/);
    expect(storage.getItem(STORE_KEY)).toContain('AAAA');
  });

  it('reports a full or blocked storage', () => {
    const full = { setItem() { throw new Error('QuotaExceededError'); } };
    expect(save(full, setWith([1, 1, 1]))).toMatch(/could not be saved.*QuotaExceededError/);
  });

  it('rounds pixels to 8 bits and refuses a drawing of the wrong size', () => {
    const set = emptySet();
    addDrawing(set, 0, new Float32Array(PIXELS).fill(0.5));
    expect(set.classes[0]!.drawings[0]!.pixels[0]).toBe(Math.fround(128 / 255));
    expect(() => addDrawing(set, 0, new Float32Array(10))).toThrow(/784 pixels/);
    expect(() => addDrawing(set, 5, pixels(1))).toThrow(/no symbol number 6/);
  });
});

describe('the held-out split', () => {
  it('holds out every 4th drawing of each class, or the last when a class has fewer than 4', () => {
    const { train, heldOut } = splitHeldOut(setWith([8, 2, 5]));
    expect(heldOut.map((e) => e.label)).toEqual([0, 0, 1, 2]);
    expect(train.map((e) => e.label)).toEqual([0, 0, 0, 0, 0, 0, 1, 2, 2, 2, 2]);
    expect(heldOut[0]!.pixels).toEqual(pixels(3));
    expect(heldOut[1]!.pixels).toEqual(pixels(7));
    expect(heldOut[2]!.pixels).toEqual(pixels(101));
  });

  it('has every class on both sides and never the same drawing twice', () => {
    for (const counts of [[2, 2, 2], [3, 4, 9], [12, 2, 6, 5]]) {
      const { train, heldOut } = splitHeldOut(setWith(counts));
      const labels = counts.map((_, i) => i);
      expect(new Set(heldOut.map((e) => e.label))).toEqual(new Set(labels));
      expect(new Set(train.map((e) => e.label))).toEqual(new Set(labels));
      expect(train.length + heldOut.length).toBe(counts.reduce((a, b) => a + b));
      expect(new Set([...train, ...heldOut].map((e) => e.pixels)).size).toBe(train.length + heldOut.length);
    }
  });

  it('refuses a class with fewer than 2 drawings', () => {
    expect(() => splitHeldOut(setWith([3, 1, 3]))).toThrow(/"s1" has 1 drawing/);
  });
});

describe('checks before training', () => {
  it('names: empty, too long, duplicate ignoring case', () => {
    expect(nameProblems(['circle', 'cross', 'triangle'])).toEqual([]);
    expect(nameProblems(['circle', '  ', 'Circle', 'x'.repeat(25)]).map((e) => e.field)).toEqual(['name-1', 'name-2', 'name-3']);
    expect(nameProblems(['circle', 'Circle'])[0]!.message).toBe('“Circle” is already symbol 1: each symbol needs its own name.');
  });

  it('drawings: none, one class only, too few in a class, fewer than 3 symbols', () => {
    expect(drawingProblems(setWith([0, 0, 0]))[0]!.message).toMatch(/^No drawings yet/);
    expect(drawingProblems(setWith([5, 0, 0]))[0]!.message).toMatch(/^Only “s0” has drawings/);
    expect(drawingProblems(setWith([5, 1, 0]))[0]!.message).toMatch(/^“s1” has 1, “s2” has 0: each symbol needs at least 2/);
    expect(drawingProblems(setWith([5, 5]))[0]!.message).toBe('Name at least 3 symbols.');
    expect(drawingProblems(setWith([2, 2, 2]))).toEqual([]);
  });
});
