/**
 * What must hold before training, in words for the page: names (non-empty, unique, short), the
 * number of symbols, and enough drawings of each. Each problem names the control it belongs to
 * (`name-<i>` for a name field, `drawings` for the drawing set).
 */
import type { FieldError } from '../../runtime/ui/form.ts';
import type { DrawingSet } from './drawings.ts';

/** Symbols the learner can have. */
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 6;
/** Longest name, in characters. */
export const MAX_NAME = 24;
/** Drawings each symbol needs: one is held out, the rest train. */
export const MIN_DRAWINGS = 2;

/** Problems with the names: empty, too long, or the same as an earlier one (ignoring case). */
export function nameProblems(names: readonly string[]): FieldError[] {
  const seen = new Map<string, number>();
  return names.flatMap((raw, i) => {
    const name = raw.trim();
    const field = `name-${i}`;
    if (name === '') return [{ field, message: `Give symbol ${i + 1} a name.` }];
    if (name.length > MAX_NAME) return [{ field, message: `Keep the name to ${MAX_NAME} characters or fewer.` }];
    const first = seen.get(name.toLowerCase());
    if (first !== undefined) return [{ field, message: `“${name}” is already symbol ${first + 1}: each symbol needs its own name.` }];
    seen.set(name.toLowerCase(), i);
    return [];
  });
}

/** Problems with the drawings for training; empty when every symbol has enough. */
export function drawingProblems(set: DrawingSet): FieldError[] {
  const counts = set.classes.map((c) => c.drawings.length);
  const say = (message: string) => [{ field: 'drawings', message }];
  if (set.classes.length < MIN_CLASSES) return say(`Name at least ${MIN_CLASSES} symbols.`);
  if (counts.every((n) => n === 0)) return say(`No drawings yet: draw each symbol on the pad and add it, at least ${MIN_DRAWINGS} times per symbol.`);
  const drawn = set.classes.filter((c) => c.drawings.length > 0);
  if (drawn.length === 1) return say(`Only “${drawn[0]!.name}” has drawings: a classifier needs examples of every symbol.`);
  const short = set.classes.filter((c) => c.drawings.length < MIN_DRAWINGS);
  if (short.length > 0) {
    return say(`${short.map((c) => `“${c.name}” has ${c.drawings.length}`).join(', ')}: each symbol needs at least ${MIN_DRAWINGS} drawings (one is held out to test the model).`);
  }
  return [];
}
