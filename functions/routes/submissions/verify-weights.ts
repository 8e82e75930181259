/**
 * The submission's proof of work: its weights must be the module-4 CNN and must reproduce its
 * predictions on test images the server draws now. Failures are ApiErrors, so nothing is stored.
 */
import type { Bindings } from '../../env';
import { ApiError } from '../../lib/errors';
import { logError } from '../../lib/log';
import { TEST_SET_SIZE } from '../../mnist/accuracy';
import { prepareNet } from '../../mnist/forward';
import { drawSample } from '../../mnist/sample';
import { testImages } from '../../mnist/test-images';
import { VERIFY_SAMPLE_SIZE, verifyPredictions } from '../../mnist/verify';
import { decodeWeights, type WeightsWire } from '../../mnist/weights';

/** What the 201 response says about the check. */
export interface VerificationReport { sampleSize: number; sample: number[]; nearTies: number; weightsSha256: string }

async function images(env: Bindings): Promise<Uint8Array> {
  try {
    return await testImages(env.ASSETS);
  } catch (err) {
    logError('mnist_images_unavailable', {}, err);
    throw new ApiError(503, 'verification_unavailable', 'The grader cannot read the MNIST test images just now, so nothing was stored; try again shortly.', undefined, { 'Retry-After': '30' });
  }
}

const hex = (digest: ArrayBuffer) => Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * 422 `wrong_architecture` or `predictions_not_reproduced`, 503 if the test images are unreachable.
 * `sampleSize` is fixed in the API; only the CPU bench (bench/api/verify-entry.ts) varies it.
 */
export async function verifySubmission(env: Bindings, predictions: readonly number[], wire: WeightsWire, sampleSize = VERIFY_SAMPLE_SIZE): Promise<VerificationReport> {
  const decoded = decodeWeights(wire);
  if (!decoded.ok) throw new ApiError(422, 'wrong_architecture', `These weights are not the module-4 CNN: ${decoded.problem}`, [{ path: 'weights', message: decoded.problem }]);
  const pixels = await images(env);
  const sample = drawSample(sampleSize, TEST_SET_SIZE);
  const result = verifyPredictions(prepareNet(decoded.weights), predictions, pixels, sample);
  const d = result.disagreement;
  if (d) {
    const problem = `On test image #${d.index} you sent ${d.submitted}, but your weights predict ${d.recomputed}.`;
    throw new ApiError(422, 'predictions_not_reproduced', `The weights do not produce the submitted predictions: ${problem} Submit the predictions your trained model makes.`, [{ path: `predictions.${d.index}`, message: problem }]);
  }
  const weightsSha256 = hex(await crypto.subtle.digest('SHA-256', decoded.bytes));
  return { sampleSize: sample.length, sample, nearTies: result.nearTies, weightsSha256 };
}
