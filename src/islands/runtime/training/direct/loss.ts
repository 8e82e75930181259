/**
 * The training loss of step.ts on the host: sparse categorical cross-entropy of softmax
 * probabilities with Keras's clipping (probabilities into [1e-7, 1 - 1e-7] before the log), and
 * its gradient with respect to the logits, the softmax's input.
 *
 * For a row whose label probability p_y lies inside the clip range, d(mean loss)/d(logit j) is
 * (p_j - [j = y]) / n. Outside it the clip passes no gradient, so the row's gradient is zero
 * (tfjs-core's ClipByValue gradient, bounds inclusive: the tape computes the same).
 */
const LOW = Math.fround(1e-7);
const HIGH = Math.fround(1 - 1e-7);

/** Mean loss, correct count, and d(mean loss)/d(logits) as [n, classes] row-major. */
export interface HostLoss { loss: number; correct: number; dLogits: Float32Array }

/**
 * `probs` [n, classes] row-major softmax outputs, `labels` [n] class indices in [0, classes).
 * Throws on a label out of range, which the tape would turn into a silent zero row.
 */
export function softmaxCrossEntropy(probs: Float32Array, labels: ArrayLike<number>, classes: number): HostLoss {
  const n = labels.length;
  if (probs.length !== n * classes) throw new Error(`Expected ${n * classes} probabilities for ${n} labels, got ${probs.length}.`);
  const dLogits = new Float32Array(n * classes);
  let loss = 0, correct = 0;
  for (let i = 0, row = 0; i < n; i++, row += classes) {
    const label = labels[i]!;
    if (!(label >= 0 && label < classes && Number.isInteger(label))) throw new Error(`Label ${label} of image ${i} is not a class in [0, ${classes}).`);
    const p = probs[row + label]!;
    loss -= Math.log(Math.min(HIGH, Math.max(LOW, p)));
    let best = 0;
    for (let j = 1; j < classes; j++) if (probs[row + j]! > probs[row + best]!) best = j;
    if (best === label) correct += 1;
    if (p < LOW || p > HIGH) continue;
    for (let j = 0; j < classes; j++) dLogits[row + j] = (probs[row + j]! - (j === label ? 1 : 0)) / n;
  }
  return { loss: n > 0 ? loss / n : NaN, correct, dLogits };
}
