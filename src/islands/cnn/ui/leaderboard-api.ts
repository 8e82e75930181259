/**
 * The API calls behind "Submit to leaderboard", typed end to end with hc<AppType>: create an
 * anonymous learner (display name -> token), submit the 10,000 test predictions (the server
 * computes the accuracy) and read the learner's rank on the CNN board.
 */
import { hc } from 'hono/client';
import type { AppType } from '../../../../functions';
import { authHeaders, type Identity } from '~/lib/identity';

export interface CnnSubmission {
  predictions: number[];
  metadata: { epochs: number; batchSize: number; trainingSeconds: number; backend: 'webgpu' | 'webgl' | 'wasm' | 'cpu'; paramCount: number };
  /** One key per prepared submission: a retry after a lost response cannot count twice. */
  idempotencyKey: string;
}

export interface CnnResult { accuracy: number; correct: number; total: number; rank: number | null }

export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
    this.name = 'ApiError';
  }
}

const api = () => hc<AppType>(location.origin).api;

/** Sends one request; network failures and the API's error envelope become readable ApiErrors. */
async function send<T>(call: () => Promise<Response>): Promise<T> {
  let response: Response;
  try {
    response = await call();
  } catch {
    throw new ApiError('Could not reach the server. Check your connection.', 0);
  }
  const data = (await response.json().catch(() => null)) as { error?: { message?: string; details?: { path: string; message: string }[] } } | null;
  if (!response.ok) {
    const detail = data?.error?.details?.map((d) => `${d.path}: ${d.message}`).join('; ');
    const message = data?.error?.message ?? `The server answered ${response.status}.`;
    throw new ApiError(detail ? `${message} (${detail})` : message, response.status);
  }
  return data as T;
}

export async function createLearner(displayName: string): Promise<Identity & { recoveryCode: string }> {
  const reply = await send<{ token: string; recoveryCode: string; learner: { displayName: string } }>(() => api().learners.$post({ json: { displayName } }));
  return { token: reply.token, displayName: reply.learner.displayName, recoveryCode: reply.recoveryCode };
}

export async function submitCnn(submission: CnnSubmission, identity: Identity): Promise<CnnResult> {
  const headers = authHeaders(identity);
  const { submission: graded } = await send<{ submission: { accuracy: number; correct: number; total: number } }>(() =>
    api().submissions.$post(
      { json: { predictions: submission.predictions, metadata: submission.metadata }, header: { 'idempotency-key': submission.idempotencyKey } },
      { headers },
    ));
  // The rank is best-effort: the submission is already recorded if this read fails.
  const board = await send<{ me: { rank: number } | null }>(() => api().leaderboards.cnn.$get({ query: { limit: '1' } }, { headers })).catch(() => null);
  return { accuracy: graded.accuracy, correct: graded.correct, total: graded.total, rank: board?.me?.rank ?? null };
}
