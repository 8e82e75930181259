/**
 * The shape rule of matmul, in words, for the playground's shape view: the last axis of A meets
 * the second-to-last axis of B (they must be equal), and any leading axes are a batch that
 * broadcasts. Teaching code only; the result always comes from TensorFlow.js.
 */
import { broadcastShape } from './broadcast';
import { formatShape } from '../format/values';

/** The rule applied to these shapes, e.g. "A (2, 3) @ B (3, 4) gives (2, 4): A's 3 columns meet B's 3 rows." */
export function explainMatmul(a: readonly number[], b: readonly number[]): { ok: boolean; text: string } {
  const head = `A ${formatShape(a)} @ B ${formatShape(b)}`;
  if (a.length < 2 || b.length < 2) return { ok: false, text: `${head}: matmul needs at least two axes on both sides (a matrix, or a batch of them).` };
  const inner = [a.at(-1)!, b.at(-2)!];
  const batch = broadcastShape(a.slice(0, -2), b.slice(0, -2));
  if (inner[0] !== inner[1]) return { ok: false, text: `${head}: A's last axis (${inner[0]}) must equal B's second-to-last axis (${inner[1]}).` };
  if (!batch) return { ok: false, text: `${head}: the leading (batch) axes ${formatShape(a.slice(0, -2))} and ${formatShape(b.slice(0, -2))} do not broadcast.` };
  const out = [...batch, a.at(-2)!, b.at(-1)!];
  return { ok: true, text: `${head} gives ${formatShape(out)}: each of A's ${a.at(-2)} rows meets each of B's ${b.at(-1)} columns over ${inner[0]} shared values.` };
}
