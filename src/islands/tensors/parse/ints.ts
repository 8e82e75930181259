/**
 * Parses the small integer lists of the operation arguments: shapes, a reshape target (where -1
 * means "work this size out"), a transpose `perm` and reduction axes. Brackets are optional
 * (`[2, 3]`, `(2, 3)` and `2, 3` are the same), so Python and JavaScript habits both work.
 */
import { fail, ok, type Parsed } from './result';

const MAX_RANK = 6;

/** Integers separated by commas or spaces, optionally in [ ] or ( ); empty brackets give []. */
export function parseIntList(text: string, what: string): Parsed<number[]> {
  const inner = text.trim().replace(/^[[(]\s*(.*?)\s*[\])]$/s, '$1');
  if (inner === '') return ok([]);
  const parts = inner.split(/\s*,\s*|\s+/).filter((p) => p !== '');
  const values = parts.map(Number);
  const bad = parts.find((p, k) => !/^-?\d+$/.test(p) || !Number.isSafeInteger(values[k]));
  if (bad !== undefined) return fail(`${what}: "${bad}" is not a whole number. Write e.g. [2, 3].`);
  if (values.length > MAX_RANK) return fail(`${what}: at most ${MAX_RANK} dimensions here.`);
  return ok(values);
}

/** A tensor's shape: positive sizes only (an empty text or [] is a scalar's shape). */
export function parseShape(text: string): Parsed<number[]> {
  const list = parseIntList(text, 'Shape');
  if (!list.ok) return list;
  if (list.value.some((d) => d < 1)) return fail('Shape: every size must be a positive whole number, e.g. [2, 3].');
  return list;
}

/**
 * A reshape target: positive sizes, and -1 for a size TensorFlow works out. Several -1s parse,
 * so that TensorFlow.js itself can say why that cannot work.
 */
export function parseTargetShape(text: string): Parsed<number[]> {
  const list = parseIntList(text, 'Target shape');
  if (!list.ok) return list;
  if (list.value.some((d) => d < -1 || d === 0)) return fail('Target shape: use positive sizes, or -1 for the one size to work out.');
  return list;
}

/** A transpose perm: each axis once; empty means "reverse the axes" (the default in both APIs). */
export function parsePerm(text: string): Parsed<number[] | null> {
  const list = parseIntList(text, 'perm');
  if (!list.ok) return list;
  if (list.value.length === 0) return ok(null);
  if (list.value.some((d) => d < 0)) return fail('perm: list axis numbers from 0, e.g. [1, 0].');
  if (new Set(list.value).size !== list.value.length) return fail('perm: name each axis exactly once, e.g. [1, 0].');
  return list;
}

/** Reduction axes: empty means every axis (Python's axis=None); one number or a list; negatives count from the end. */
export function parseAxis(text: string): Parsed<number | number[] | null> {
  const bare = /^\s*-?\d+\s*$/.test(text);
  const list = parseIntList(text, 'axis');
  if (!list.ok) return list;
  if (list.value.length === 0) return ok(null);
  return ok(bare ? list.value[0]! : list.value);
}
