/**
 * The browser's typed API client: hc<AppType> from the Worker's exported type, so request and
 * response shapes come from the routes themselves. `send` turns any failure (network, the
 * error envelope, 429/503) into an ApiFailure whose `kind` tells the UI what to say.
 */
import { hc, type ClientResponse } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import type { AppType } from '../../functions';
import { authHeaders, getIdentity } from '../lib/identity';

export const api = () => hc<AppType>(location.origin).api;

/** Per-request options carrying the stored bearer token (empty for guests). */
export const withAuth = () => ({ headers: authHeaders(getIdentity()) });

export type FailureKind = 'offline' | 'rate_limited' | 'unavailable' | 'rejected';

/** One item of the error envelope's `details`: which field and what is wrong with it. */
export type FailureDetail = { path: string; message: string };

export class ApiFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly status: number,
    message: string,
    readonly code?: string,
    readonly details: FailureDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
  /**
   * What to tell the learner: the API's own reasons ("must be at least 2 characters") when
   * it gave any, rather than the generic "The request body is invalid."
   */
  get reason(): string {
    if (this.details.length === 0) return this.message;
    const reasons = [...new Set(this.details.map((d) => d.message))];
    return this.code === 'invalid_body' ? `${capitalise(reasons.join('; '))}.` : this.message;
  }
  /** Worth retrying as-is: the request itself was fine. */
  get retryable(): boolean {
    return this.kind !== 'rejected';
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// The body type of a response's success statuses only: errors arrive as ApiFailure instead.
type OkBody<R> = R extends ClientResponse<infer T, infer S, infer _F> ? (S extends SuccessStatusCode ? T : never) : never;

const MESSAGES: Record<Exclude<FailureKind, 'rejected'>, string> = {
  offline: 'Could not reach the course server. Check your connection and try again.',
  rate_limited: 'Too many requests in a short time. Wait a minute, then try again.',
  unavailable: 'The course server is temporarily unavailable. Try again in a moment.',
};

function kindOf(status: number): FailureKind {
  if (status === 429) return 'rate_limited';
  if (status === 503 || status === 502 || status === 504) return 'unavailable';
  return 'rejected';
}

/** Runs one hc call and returns its success body, or throws an ApiFailure. */
export async function send<R extends ClientResponse<unknown, number, 'json'>>(call: () => Promise<R>): Promise<OkBody<R>> {
  let res: R;
  try {
    res = await call();
  } catch {
    throw new ApiFailure('offline', 0, MESSAGES.offline);
  }
  const data = (await res.json().catch(() => null)) as unknown;
  if (res.ok) return data as OkBody<R>;
  const envelope = (data as { error?: { code?: string; message?: string; details?: FailureDetail[] } } | null)?.error;
  const kind = kindOf(res.status);
  // A daily cap's own message says when storing works again; "wait a minute" would be wrong.
  const own = kind === 'rejected' || envelope?.code === 'daily_limit';
  const message = own ? (envelope?.message ?? `The server answered ${res.status}.`) : MESSAGES[kind];
  throw new ApiFailure(kind, res.status, message, envelope?.code, Array.isArray(envelope?.details) ? envelope.details : []);
}
