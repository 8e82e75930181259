/**
 * Parses what a learner types as tensor values: a Python-style nested list such as
 * `[[1, 2], [3, 4]]` (parentheses work too), a bare number for a scalar, `true`/`false` (or
 * Python's `True`/`False`) for booleans. The nesting must be rectangular, since a tensor is.
 */
import { flatten, type NestedValues, type Node } from './rectangular';
import { fail, type Parsed } from './result';

const TOKEN = /\s*(?:([[\]()])|(,)|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|(true|false|True|False))/y;
const CLOSE: Record<string, string> = { '[': ']', '(': ')' };

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
