import type { SubmissionRow } from '../../db/schema';

/** What the API shows of a submission: the server's score, and the client's claims labelled as such. */
export const publicSubmission = (s: Omit<SubmissionRow, 'predictions' | 'requestHash' | 'idempotencyKey'>) => ({
  id: s.id,
  accuracy: s.accuracy,
  correct: s.correct,
  total: 10_000,
  /** True when the weights reproduced the predictions on a server-drawn sample (see functions/mnist/verify.ts). */
  verified: s.weightsSha256 !== null,
  createdAt: new Date(s.createdAt).toISOString(),
  clientReported: {
    epochs: s.clientEpochs,
    batchSize: s.clientBatchSize,
    trainingSeconds: s.clientTrainingSeconds,
    backend: s.clientBackend,
    paramCount: s.clientParamCount,
  },
});
