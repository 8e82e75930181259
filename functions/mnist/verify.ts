/**
 * Verification of a CNN submission: re-run the submitted weights on a server-drawn sample of
 * test images and check that they produce the submitted predictions there.
 *
 * Sample size: a model that disagrees with its own submitted predictions on a fraction q of the
 * test images passes only if every sampled image avoids them: (1 - q)^n. A genuine 93% model
 * posting the true labels (q ~ 0.07) slips through with 0.93^128 ~ 1e-4, so it is refused
 * 99.99% of the time; q = 0.02 is caught 92.5% of the time, q = 0.05 99.86%.
 *
 * Near-ties: backends (WebGL, WebGPU, wasm, cpu) sum in different orders and precisions, so an
 * honest model may land on the other side of a near-tie. A submitted digit that is not the
 * server's argmax is accepted only when its logit is within NEAR_TIE_LOGITS of the largest.
 */
import { IMAGE_SIZE } from '../../src/islands/runtime/mnist/idx.ts';
import { cnnLogits, type CnnNet } from './forward';


/** Images re-run per submission (see the detection rates above). */
export const VERIFY_SAMPLE_SIZE = 128;

/**
 * Largest logit gap still called a tie. This pass and TF.js cpu differ by ~2e-6 logits
 * (forward.test.ts bounds it at 1e-5 of the largest logit); GPU and wasm backends sum in other
 * orders and may use reduced-precision intermediates, so 0.02 leaves wide headroom while
 * excusing few of a cheat's disagreements (submissions.test.ts measures that share).
 */
export const NEAR_TIE_LOGITS = 0.02;

export interface Disagreement { index: number; submitted: number; recomputed: number; gap: number }
export interface Verification { checked: number; nearTies: number; disagreement: Disagreement | null }

/**
 * Re-runs the prepared weights `net` on `sample` (indices into `pixels`, 784 bytes per image) and compares with
 * `predictions`. Stops at the first real disagreement (a refusal needs only one).
 */
export function verifyPredictions(net: CnnNet, predictions: ArrayLike<number>, pixels: Uint8Array, sample: readonly number[]): Verification {
  let nearTies = 0;
  let checked = 0;
  for (const index of sample) {
    const logits = cnnLogits(net, pixels.subarray(index * IMAGE_SIZE, (index + 1) * IMAGE_SIZE));
    checked++;
    let top = 0;
    for (let d = 1; d < 10; d++) if (logits[d]! > logits[top]!) top = d;
    const submitted = predictions[index]!;
    if (submitted === top) continue;
    const gap = logits[top]! - logits[submitted]!;
    if (gap < NEAR_TIE_LOGITS) nearTies++;
    else return { checked, nearTies, disagreement: { index, submitted, recomputed: top, gap } };
  }
  return { checked, nearTies, disagreement: null };
}
