/**
 * The submission's `weights` field from the model the island exports (TF.js model.json +
 * weights.bin): each tensor's shape in save order, and the float32 bytes as base64. The server
 * re-runs these weights on test images it picks, so they must be the ones that made the predictions.
 */
import type { ModelArtifacts } from '../protocol';
import type { SubmissionWeights } from './leaderboard-api';

interface WeightSpec { name: string; shape: number[]; dtype: string }

function base64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Throws if the export is not plain float32 weights (quantised exports cannot be verified). */
export function submissionWeights({ modelJson, weights }: ModelArtifacts): SubmissionWeights {
  const manifest = (JSON.parse(modelJson) as { weightsManifest?: { weights: WeightSpec[] }[] }).weightsManifest ?? [];
  const specs = manifest.flatMap((group) => group.weights);
  const odd = specs.find((s) => s.dtype !== 'float32');
  if (odd) throw new Error(`Weight ${odd.name} is ${odd.dtype}; the leaderboard needs float32 weights.`);
  const count = specs.reduce((n, s) => n + s.shape.reduce((a, b) => a * b, 1), 0);
  if (count * 4 !== weights.byteLength) throw new Error(`The exported weights hold ${weights.byteLength} bytes for ${count} values.`);
  return { shapes: specs.map((s) => s.shape.slice()), float32: base64(new Uint8Array(weights)) };
}
