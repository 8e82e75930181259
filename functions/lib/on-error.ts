import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError, unauthorized } from './errors';
import { isD1Unavailable, isForeignKeyViolation } from './d1-errors';
import { logError } from './log';

/** Hono's own HTTP errors (e.g. the validator's JSON parse failure) mapped to API codes. */
function fromHttpException(e: HTTPException): ApiError {
  if (e.status === 400 && /malformed json/i.test(e.message)) {
    return new ApiError(400, 'malformed_json', 'The request body is not valid JSON.');
  }
  if (e.status === 413) return new ApiError(413, 'payload_too_large', 'The request body is too large.');
  return new ApiError(e.status as ApiError['status'], 'http_error', e.message || 'The request could not be handled.');
}

/**
 * The one error handler: every failure leaves as { error: { code, message, details? } }.
 * Expected errors keep their status; a write refused by a foreign key means the learner was
 * deleted mid-request (DELETE /learners/me raced it), so 401 like any revoked token; a D1
 * outage is 503 with Retry-After; anything else is a generic 500 whose scrubbed cause goes
 * to the structured log, never to the client.
 */
export function onError(err: Error, c: Context): Response {
  let e: ApiError;
  if (err instanceof ApiError) e = err;
  else if (err instanceof HTTPException) e = fromHttpException(err);
  else if (isForeignKeyViolation(err)) e = unauthorized('This learner no longer exists: it was deleted while the request was running.');
  else if (isD1Unavailable(err)) {
    logError('d1_unavailable', { method: c.req.method, path: c.req.path }, err);
    e = new ApiError(503, 'service_unavailable', 'The database is temporarily unavailable; try again shortly.', undefined, { 'Retry-After': '5' });
  } else {
    logError('unhandled_error', { method: c.req.method, path: c.req.path }, err);
    e = new ApiError(500, 'internal_error', 'Something went wrong on our side.');
  }
  return c.json(e.toEnvelope(), e.status, e.headers);
}

export function onNotFound(c: Context): Response {
  const e = new ApiError(404, 'not_found', `No API route for ${c.req.method} ${c.req.path}.`);
  return c.json(e.toEnvelope(), 404);
}
