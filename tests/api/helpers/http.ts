import { exports } from 'cloudflare:workers';
import { expect } from 'vitest';

export type Call = {
  method?: string;
  /** Sent as JSON unless `raw` is given. */
  body?: unknown;
  raw?: string;
  token?: string;
  headers?: Record<string, string>;
  /** Client address for the rate limiter; a fresh one per call unless fixed by the test. */
  ip?: string;
};

/**
 * A random address per call, so tests (and test files sharing one limiter) do not share
 * rate-limit buckets by accident: 2^24 addresses make a collision vanishingly rare.
 */
export const freshIp = (): string => {
  const [a, b, c] = crypto.getRandomValues(new Uint8Array(3));
  return `10.${a}.${b}.${c}`;
};

/** Calls the real Worker entry (the module wrangler runs), as a browser on the same origin would. */
export function call(path: string, c: Call = {}): Promise<Response> {
  const headers: Record<string, string> = { 'CF-Connecting-IP': c.ip ?? freshIp(), ...c.headers };
  if (c.token) headers.Authorization = `Bearer ${c.token}`;
  let body: string | undefined = c.raw;
  if (body === undefined && c.body !== undefined) body = JSON.stringify(c.body);
  if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
  return exports.default.fetch(new Request(`https://course.test/api${path}`, { method: c.method ?? (body === undefined ? 'GET' : 'POST'), headers, body }));
}

export type Envelope = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

/** Asserts the error envelope with this status and code; returns it for further checks. */
export async function expectError(res: Response, status: number, code: string): Promise<Envelope> {
  const body = (await res.json()) as Envelope;
  expect({ status: res.status, code: body.error?.code }).toEqual({ status, code });
  expect(typeof body.error.message).toBe('string');
  expect(res.headers.get('Content-Type')).toMatch(/application\/json/);
  return body;
}

export async function json<T = any>(res: Response, status = 200): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}
