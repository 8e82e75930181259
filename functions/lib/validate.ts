import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { ApiError, type ErrorDetail } from './errors';

const CODES: Partial<Record<keyof ValidationTargets, string>> = {
  json: 'invalid_body',
  query: 'invalid_query',
  param: 'invalid_param',
  header: 'invalid_header',
};

/** At most this many issues are echoed back: 10,000 bad predictions must not make a 1 MB error. */
const MAX_DETAILS = 20;

export function issuesToDetails(issues: readonly z.core.$ZodIssue[]): ErrorDetail[] {
  return issues.slice(0, MAX_DETAILS).map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
}

/**
 * zod validation for one request part; failures become the API's 400 envelope.
 * The zod schemas are the single source of request types (they flow into `hc<AppType>`).
 */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const code = CODES[target] ?? 'invalid_request';
      throw new ApiError(400, code, `The request ${target === 'json' ? 'body' : target} is invalid.`, issuesToDetails(result.error.issues));
    }
  });
}
