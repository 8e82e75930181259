/**
 * The API call behind "Submit to leaderboard", on the site's one typed client (hc<AppType>
 * via src/client/api.ts): submit the 10,000 test predictions with the weights that made them
 * (the server re-runs the weights on a random sample and computes the accuracy), then read the
 * learner's rank on the CNN board.
 */
import type { InferRequestType } from 'hono/client';
import { api, send } from '~/client/api';
import { authHeaders, type Identity } from '~/lib/identity';

type SubmissionBody = InferRequestType<ReturnType<typeof api>['submissions']['$post']>['json'];
/** The `weights` field, as the Worker's schema defines it. */
export type SubmissionWeights = SubmissionBody['weights'];

export interface CnnSubmission extends SubmissionBody {
  /** One key per prepared submission: a retry after a lost response cannot count twice. */
  idempotencyKey: string;
}

export async function submitCnn({ idempotencyKey, ...body }: CnnSubmission, identity: Identity) {
  const headers = authHeaders(identity);
  const sent = await send(() => api().submissions.$post({ json: body, header: { 'idempotency-key': idempotencyKey } }, { headers }));
  // The rank is best-effort: the submission is already recorded if this read fails.
  const board = await send(() => api().leaderboards.cnn.$get({ query: { limit: '1' } }, { headers })).catch(() => null);
  // A replayed submission (same Idempotency-Key) has no fresh verification report.
  const { submission } = sent;
  const checked = 'verification' in sent ? sent.verification.sampleSize : null;
  return { accuracy: submission.accuracy, correct: submission.correct, total: submission.total, verified: submission.verified, checked, rank: board?.me?.rank ?? null };
}
