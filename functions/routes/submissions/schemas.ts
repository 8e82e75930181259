import { z } from 'zod';
import { TEST_SET_SIZE } from '../../mnist/accuracy';
import { CNN_WEIGHT_BYTES } from '../../mnist/architecture';

/** Base64 length of the module-4 weights; a little slack so a wrong size gets the clear 422, not a 400. */
const MAX_WEIGHTS_BASE64 = Math.ceil(CNN_WEIGHT_BYTES / 3) * 4 + 1024;

/**
 * The trained weights: each tensor's shape in TensorFlow.js save order, and all values as
 * base64 of little-endian float32 (TF.js's weights.bin). Whether they are the module-4
 * architecture is checked by the handler (422), not here.
 */
export const weightsWire = z
  .object({
    shapes: z.array(z.array(z.int().min(1).max(100_000)).min(1).max(4)).min(1).max(32),
    float32: z.string().max(MAX_WEIGHTS_BASE64, 'weights.float32 is longer than the module-4 CNN needs').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'weights.float32 must be base64'),
  })
  .strict();

/** Backends the TF.js island can train on. */
export const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;

/**
 * A CNN submission: one predicted digit per MNIST test image, in test-set order, the trained
 * weights that produced them (re-run by the server on a random sample), plus what the client
 * says about its training run. No accuracy field: the server computes it,
 * and unknown fields are refused (strict), so a client-sent accuracy cannot slip in.
 */
export const submissionBody = z
  .object({
    predictions: z
      .array(z.int().min(0).max(9), 'predictions must be an array of digits 0-9')
      .length(TEST_SET_SIZE, `exactly ${TEST_SET_SIZE} predictions are needed, one per test image`),
    weights: weightsWire,
    metadata: z
      .object({
        epochs: z.int().min(1).max(1000),
        batchSize: z.int().min(1).max(60_000),
        trainingSeconds: z.number().min(0).max(7 * 24 * 3600),
        backend: z.enum(BACKENDS),
        paramCount: z.int().min(1).max(100_000_000),
      })
      .strict(),
  })
  .strict();

export type SubmissionBody = z.infer<typeof submissionBody>;
