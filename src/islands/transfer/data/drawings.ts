/**
 * The learner's symbols and drawings, as the island keeps them in memory: each drawing is the
 * pad's MNIST-style 28x28 input (row-major, 0-1), rounded to 8 bits as MNIST's pixels are, so
 * a drawing restored from storage is exactly the one that was drawn.
 */

/** Pixels of one drawing: 28 x 28. */
export const PIXELS = 28 * 28;

/** One drawing: an id unique within the set and its pixels (0-1, multiples of 1/255). */
export interface Drawing { id: string; pixels: Float32Array }

/** A symbol the learner named and its drawings, in the order they were drawn. */
export interface SymbolClass { name: string; drawings: Drawing[] }

/** Every symbol; the class index of a symbol is its position here. */
export interface DrawingSet { classes: SymbolClass[]; nextId: number }

/** The symbols a new learner starts with. */
export const DEFAULT_NAMES = ['circle', 'cross', 'triangle'];

/** A set with `names` and no drawings. */
export function emptySet(names: readonly string[] = DEFAULT_NAMES): DrawingSet {
  return { classes: names.map((name) => ({ name, drawings: [] })), nextId: 1 };
}

/** `pixels` rounded to 8 bits; throws unless there are 28 x 28 of them. */
export function quantize(pixels: ArrayLike<number>): Float32Array {
  if (pixels.length !== PIXELS) throw new Error(`A drawing has ${PIXELS} pixels, got ${pixels.length}.`);
  return Float32Array.from(pixels, (v) => Math.round(Math.min(1, Math.max(0, v)) * 255) / 255);
}

/** Adds a drawing to class `index`; returns its id. */
export function addDrawing(set: DrawingSet, index: number, pixels: ArrayLike<number>): string {
  const symbol = set.classes[index];
  if (!symbol) throw new Error(`There is no symbol number ${index + 1}.`);
  const id = `d${set.nextId++}`;
  symbol.drawings.push({ id, pixels: quantize(pixels) });
  return id;
}

/** Removes the drawing with `id`; false when there is none. */
export function deleteDrawing(set: DrawingSet, id: string): boolean {
  for (const symbol of set.classes) {
    const at = symbol.drawings.findIndex((d) => d.id === id);
    if (at >= 0) { symbol.drawings.splice(at, 1); return true; }
  }
  return false;
}
