import { z } from 'zod';
import { ApiError } from './errors';
import { sha256Hex } from './crypto';

/** Optional "Idempotency-Key" header: a client-chosen id (e.g. a UUID) for one logical write. */
export const idempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{8,128}$/, 'Idempotency-Key must be 8-128 characters: letters, digits, _ . : -')
    .optional(),
});

/** Fingerprint of a request body, so a key reused for a different request is refused. */
export const requestHash = (body: unknown): Promise<string> => sha256Hex(JSON.stringify(body));

/** A stored write found for this key: replay it if it was the same request, else 422. */
export function assertSameRequest(stored: { requestHash: string }, hash: string): void {
  if (stored.requestHash !== hash) {
    throw new ApiError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used for a different request.');
  }
}
