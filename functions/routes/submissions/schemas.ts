import { z } from 'zod';
import { TEST_SET_SIZE } from '../../mnist/accuracy';

/** Backends the TF.js island can train on. */
export const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;

/**
 * A CNN submission: one predicted digit per MNIST test image, in test-set order, plus
 * what the client says about its training run. No accuracy field: the server computes it,
 * and unknown fields are refused (strict), so a client-sent accuracy cannot slip in.
 */
export const submissionBody = z
  .object({
    predictions: z
      .array(z.int().min(0).max(9), 'predictions must be an array of digits 0-9')
      .length(TEST_SET_SIZE, `exactly ${TEST_SET_SIZE} predictions are needed, one per test image`),
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
