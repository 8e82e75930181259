/**
 * The broadcasting rule of NumPy and TensorFlow, spelled out per dimension for the playground's
 * alignment view: line the two shapes up from the right; a missing leading axis counts as 1; two
 * sizes are compatible when they are equal or one of them is 1, and the 1 is stretched.
 * (Teaching code: the playground's results always come from TensorFlow.js itself.)
 */

/** What happens along one aligned dimension. */
export type Verdict = 'equal' | 'stretch-a' | 'stretch-b' | 'incompatible';

/** One dimension of the alignment; `a`/`b` are null where that shape has no such axis. */
export interface AlignedDim {
  /** Position counted from the right: 1 is the last axis. */
  fromRight: number;
  a: number | null;
  b: number | null;
  /** The result's size, or null when the sizes are incompatible. */
  out: number | null;
  verdict: Verdict;
}

/** Aligns `a` and `b` right to left; rows come in the result's axis order (leftmost first). */
export function alignShapes(a: readonly number[], b: readonly number[]): AlignedDim[] {
  const rank = Math.max(a.length, b.length);
  const rows: AlignedDim[] = [];
  for (let k = rank; k >= 1; k--) {
    const sa = a.length >= k ? a[a.length - k]! : null;
    const sb = b.length >= k ? b[b.length - k]! : null;
    const ea = sa ?? 1, eb = sb ?? 1;
    let verdict: Verdict;
    if (ea === eb) verdict = 'equal';
    else if (ea === 1) verdict = 'stretch-a';
    else if (eb === 1) verdict = 'stretch-b';
    else verdict = 'incompatible';
    rows.push({ fromRight: k, a: sa, b: sb, out: verdict === 'incompatible' ? null : Math.max(ea, eb), verdict });
  }
  return rows;
}

/** The broadcast result shape, or null when some dimension is incompatible. */
export function broadcastShape(a: readonly number[], b: readonly number[]): number[] | null {
  const rows = alignShapes(a, b);
  return rows.some((r) => r.out === null) ? null : rows.map((r) => r.out!);
}

/** A short sentence for one row, e.g. "B stretched from 1 to 3" or "incompatible: 3 vs 4". */
export function describeDim(row: AlignedDim): string {
  const size = (s: number | null) => (s === null ? '1 (missing axis)' : String(s));
  switch (row.verdict) {
    case 'equal': return row.a === null || row.b === null ? `equal: ${size(row.a)} and ${size(row.b)}` : `equal (${row.a})`;
    case 'stretch-a': return `A stretched from ${size(row.a)} to ${row.out}`;
    case 'stretch-b': return `B stretched from ${size(row.b)} to ${row.out}`;
    case 'incompatible': return `incompatible: ${row.a} vs ${row.b} (neither is 1)`;
  }
}
