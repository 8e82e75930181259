/**
 * Turns a parsed nesting of lists into a tensor's values and shape, refusing ragged nestings
 * (a tensor is rectangular: every row along an axis has the same length).
 */
import { fail, ok, type Parsed } from './result';

/** One parsed element or list, as the values parser produces it. */
export type Node = number | boolean | Node[];

/** Parsed values: the elements in row-major order and the shape the nesting spells. */
export interface NestedValues {
  flat: (number | boolean)[];
  shape: number[];
}

/** The most elements one typed tensor may hold (keeps the page responsive). */
export const MAX_ELEMENTS = 10_000;

/** Checks the nesting is rectangular and flattens it row-major; the error names the first bad row. */
export function flatten(root: Node): Parsed<NestedValues> {
  const shape: number[] = [];
  for (let n: Node = root; Array.isArray(n); n = n[0] as Node) {
    shape.push(n.length);
    if (n.length === 0) break;
  }
  const flat: (number | boolean)[] = [];
  const walk = (n: Node, depth: number, path: string): string | undefined => {
    if (!Array.isArray(n)) {
      if (depth !== shape.length) return `${path || 'The value'} is a single value where a list of ${shape[depth]} was expected: the lists must be rectangular.`;
      flat.push(n);
      return undefined;
    }
    if (depth >= shape.length || n.length !== shape[depth]) {
      return `${path || 'The outer list'} has ${n.length} element(s) where ${depth >= shape.length ? 'a single value' : shape[depth]} was expected: every row must have the same length.`;
    }
    for (const [k, child] of n.entries()) {
      const error = walk(child, depth + 1, `${path || 'Element'}[${k}]`);
      if (error) return error;
    }
    return undefined;
  };
  const error = walk(root, 0, '');
  if (error) return fail(error);
  if (flat.length > MAX_ELEMENTS) return fail(`That is ${flat.length} values; this playground takes at most ${MAX_ELEMENTS}.`);
  return ok({ flat, shape });
}
