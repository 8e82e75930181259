import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { ApiError } from '../lib/errors';

/**
 * Submissions carry 10,000 predictions (~20 kB as JSON) and the CNN's 93,322 float32 weights
 * as base64 (~498 kB); every other body is small.
 */
export const SUBMISSION_BODY_LIMIT = 576 * 1024;
export const DEFAULT_BODY_LIMIT = 8 * 1024;

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

const limiters = new Map(
  [SUBMISSION_BODY_LIMIT, DEFAULT_BODY_LIMIT].map((maxSize) => [
    maxSize,
    bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `The request body must be at most ${maxSize} bytes.`);
      },
    }),
  ]),
);

/**
 * Every request that carries a body must be JSON (so a form post never reaches a handler)
 * and within its size limit (checked on Content-Length and while streaming).
 */
export const jsonBodyPolicy = createMiddleware(async (c, next) => {
  if (!WITH_BODY.has(c.req.method)) return next();
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as JSON with "Content-Type: application/json".');
  }
  const max = c.req.path.endsWith('/submissions') ? SUBMISSION_BODY_LIMIT : DEFAULT_BODY_LIMIT;
  return limiters.get(max)!(c, next);
});
