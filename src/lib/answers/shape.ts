/**
 * Reads a typed tensor shape, for the quiz page and the Worker alike. All of these are the
 * same shape: "(None, 26, 26, 32)", "None x 26 x 26 x 32", "None × 26 × 26 × 32",
 * "[None, 26, 26, 32]", "[null,26,26,32]" (TF.js), "(?, 26, 26, 32)" (TF 1),
 * "TensorShape([None, 26, 26, 32])", "torch.Size([3, 10])", "3 by 10", with or without a
 * trailing period or a Python 1-tuple comma. Unknown dimensions (None, null, ?) are `null`.
 */
export type Dims = (number | null)[];
export type ShapeReading = { kind: 'shape'; dims: Dims } | { kind: 'unreadable'; reason: string };

const UNKNOWN = new Set(['none', 'null', '?']);
const WRAPPERS = /^(?:tf\.)?(?:tensorshape|torch\.size|shape)\s*(?=[([])/;
const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Removes any number of enclosing bracket pairs and a TensorShape(...) wrapper. */
function unwrap(s: string): string {
  let inner = s.replace(WRAPPERS, '');
  while (inner.length >= 2 && PAIRS[inner[0]!] === inner.at(-1)) inner = inner.slice(1, -1).trim().replace(WRAPPERS, '');
  return inner;
}

/** Reads one typed shape; see the module comment for the forms. */
export function readShape(raw: string): ShapeReading {
  const s = unwrap(raw.normalize('NFKC').toLowerCase().trim().replace(/\.$/, '').trim());
  if (s === '') return { kind: 'unreadable', reason: 'is empty' };
  // Separators: commas, "x", "×" (NFKC keeps it), "*", "by"; a Python 1-tuple ends in a comma.
  const parts = s.replace(/,\s*$/, '').split(/\s*(?:,|×|\*|\bby\b|(?<=[\d?e)l])\s*x\s*(?=[\d?n]))\s*/);
  const dims: Dims = [];
  for (const part of parts) {
    if (UNKNOWN.has(part)) dims.push(null);
    else if (/^\d{1,7}$/.test(part)) dims.push(Number(part));
    else return { kind: 'unreadable', reason: part === '' ? 'has an empty dimension' : `could not read "${part.slice(0, 20)}" as a dimension (a whole number or None)` };
  }
  return { kind: 'shape', dims };
}

/** Keras's notation, as the course writes shapes: "(None, 26, 26, 32)", "(5,)". */
export function formatShape(dims: Dims): string {
  const items = dims.map((d) => (d === null ? 'None' : String(d)));
  return `(${items.join(', ')}${items.length === 1 ? ',' : ''})`;
}

/** Same dimensions in the same order; an unknown dimension only matches an unknown one. */
export const sameDims = (a: Dims, b: Dims): boolean => a.length === b.length && a.every((d, i) => d === b[i]);
