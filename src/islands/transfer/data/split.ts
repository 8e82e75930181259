/**
 * Held-out drawings, stratified: in every class, every 4th drawing (the 4th, 8th, ...) is held
 * out, or the last one when a class has fewer than 4, so every class is tested and trained on.
 * Deterministic, so the accuracy before and after fine-tuning is measured on the same drawings.
 */
import type { DrawingSet } from './drawings.ts';

/** One in this many drawings of a class is held out. */
export const HOLD_OUT_EVERY = 4;

/** A drawing's pixels and its class index. */
export interface Example { pixels: Float32Array; label: number }

/** The examples the head trains on and the held-out ones it is scored on. */
export interface Split { train: Example[]; heldOut: Example[] }

/** Which of a class's `n` drawings (by position) are held out. */
export function heldOutIndices(n: number): number[] {
  if (n < 2) return [];
  return n < HOLD_OUT_EVERY ? [n - 1] : Array.from({ length: n }, (_, i) => i).filter((i) => i % HOLD_OUT_EVERY === HOLD_OUT_EVERY - 1);
}

/** Splits `set`; every class needs at least 2 drawings (check with drawingProblems first). */
export function splitHeldOut(set: DrawingSet): Split {
  const split: Split = { train: [], heldOut: [] };
  set.classes.forEach((symbol, label) => {
    const n = symbol.drawings.length;
    if (n < 2) throw new Error(`"${symbol.name}" has ${n} drawing(s); at least 2 are needed to hold one out.`);
    const held = heldOutIndices(n);
    symbol.drawings.forEach((d, i) => (held.includes(i) ? split.heldOut : split.train).push({ pixels: d.pixels, label }));
  });
  return split;
}
