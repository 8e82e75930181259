/**
 * Parses what a learner types as tensor values: a Python-style nested list such as
 * `[[1, 2], [3, 4]]` (parentheses work too), a bare number for a scalar, `true`/`false` (or
 * Python's `True`/`False`) for booleans. The nesting must be rectangular, since a tensor is.
 */
import { fail, ok, type Parsed } from './result';

/** Parsed values: the elements in row-major order and the shape the nesting spells. */
export interface NestedValues {
  flat: (number | boolean)[];
  shape: number[];
}

/** The most elements one typed tensor may hold (keeps the page responsive). */
export const MAX_ELEMENTS = 10_000;
const TOKEN = /\s*(?:([[\]()])|(,)|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|(true|false|True|False))/y;
const CLOSE: Record<string, string> = { '[': ']', '(': ')' };

type Node = number | boolean | Node[];

/** Parses `text` (see module comment); the error says what is wrong and where. */
export function parseValues(text: string): Parsed<NestedValues> {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.trimEnd().length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) return fail(`Unexpected "${text.slice(at).trim().slice(0, 12)}": use numbers, true/false, commas and [ ].`);
    tokens.push(m[0].trim());
  }
  if (tokens.length === 0) return fail('Type some values, e.g. [[1, 2], [3, 4]].');
  let i = 0;
  const node = (): Node | string => {
    const t = tokens[i++];
    if (t === undefined) return 'The list ends too early: a closing bracket is missing.';
    if (t in CLOSE) {
      const items: Node[] = [];
      while (tokens[i] !== CLOSE[t]) {
        if (tokens[i] === undefined) return 'The list ends too early: a closing bracket is missing.';
        if (tokens[i] === ']' || tokens[i] === ')') return `Brackets do not match: "${t}" is closed by "${tokens[i]}".`;
        if (items.length > 0 && tokens[i++] !== ',') return 'Separate the elements with commas.';
        if (tokens[i] === CLOSE[t]) break; // a trailing comma, as Python allows
        const child = node();
        if (typeof child === 'string') return child;
        items.push(child);
      }
      i++;
      return items;
    }
    if (t === 'true' || t === 'True') return true;
    if (t === 'false' || t === 'False') return false;
    if (t === ',' || t === ']' || t === ')') return `Unexpected "${t}".`;
    return Number(t);
  };
  const root = node();
  if (typeof root === 'string') return fail(root);
  if (i < tokens.length) return fail(`Unexpected "${tokens[i]}" after the end of the list.`);
  return flatten(root);
}

/** Checks the nesting is rectangular and flattens it row-major. */
function flatten(root: Node): Parsed<NestedValues> {
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
