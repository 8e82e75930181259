/**
 * Lays out a tensor's values the way NumPy and TensorFlow print them, so the page reads like the
 * Python the learner will write: one bracket per axis, rows on their own lines, a blank line
 * between matrices, numbers right-aligned. Big tensors are summarised: along an axis longer than
 * 2 x EDGE only the first and last EDGE entries are shown, with "..." between.
 */
import type { DType } from '../parse/dtype';

/** Tensors with more elements than this are summarised (NumPy's own threshold is 1000). */
export const SUMMARY_THRESHOLD = 200;
const EDGE = 3;

/** One element as Python prints it: `1.` / `0.5` / `nan` for floats, `True`/`False` for bools. */
export function formatScalar(v: number, dtype: DType): string {
  if (dtype === 'bool') return v === 0 ? 'False' : v === 1 ? 'True' : String(v); // TF.js can hold 2 in a bool tensor
  if (dtype === 'int32') return String(v);
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return `${v}.`;
  return String(Number(v.toPrecision(6)));
}

/** The whole tensor as text; `values` row-major with `shape`. */
export function formatTensor(values: ArrayLike<number>, shape: readonly number[], dtype: DType): string {
  if (shape.length === 0) return formatScalar(values[0] ?? NaN, dtype);
  const summarise = values.length > SUMMARY_THRESHOLD;
  const strides = shape.map((_, k) => shape.slice(k + 1).reduce((p, d) => p * d, 1));
  const shown = (n: number): (number | null)[] => {
    if (!summarise || n <= 2 * EDGE) return Array.from({ length: n }, (_, k) => k);
    return [...Array.from({ length: EDGE }, (_, k) => k), null, ...Array.from({ length: EDGE }, (_, k) => n - EDGE + k)];
  };
  const cells: string[] = [];
  const collect = (axis: number, offset: number): void => {
    for (const k of shown(shape[axis]!)) {
      if (k === null) continue;
      if (axis === shape.length - 1) cells.push(formatScalar(values[offset + k]!, dtype));
      else collect(axis + 1, offset + k * strides[axis]!);
    }
  };
  collect(0, 0);
  const width = Math.max(0, ...cells.map((c) => c.length));
  let next = 0;
  const render = (axis: number): string => {
    const rank = shape.length;
    if (axis === rank - 1) {
      return `[${shown(shape[axis]!).map((k) => (k === null ? '...' : cells[next++]!.padStart(width))).join(' ')}]`;
    }
    const separator = '\n'.repeat(rank - axis - 1) + ' '.repeat(axis + 1);
    return `[${shown(shape[axis]!).map((k) => (k === null ? '...' : render(axis + 1))).join(separator)}]`;
  };
  return render(0);
}

/** A shape as Python prints it: `(2, 3)`, `(3,)`, `()`. */
export function formatShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}
