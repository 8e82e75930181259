import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One item of `error.details`: which field and what is wrong with it. */
export type ErrorDetail = { path: string; message: string };

/** The single JSON shape of every failure the API returns. */
export type ErrorEnvelope = { error: { code: string; message: string; details?: ErrorDetail[] } };

/** An expected failure with a status, a stable machine-readable code and a human message. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toEnvelope(): ErrorEnvelope {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

export const unauthorized = (message = 'Send a valid learner token as "Authorization: Bearer <token>".') =>
  new ApiError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': 'Bearer' });

export const notFound = (code: string, message: string) => new ApiError(404, code, message);
