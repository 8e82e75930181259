import { describe, expect, it } from 'vitest';
import { ApiFailure, send } from './api';

/** A fetch-like response as hc returns it. */
const reply = (status: number, body: unknown) => async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }) as never;

describe('send: what the learner is told', () => {
  it('a daily cap keeps the server message (when storing works again), not "wait a minute"', async () => {
    const message = 'You have stored 150 quiz attempts today, the daily maximum. You can store more after midnight UTC, in 5 h.';
    const err = await send(reply(429, { error: { code: 'daily_limit', message } })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiFailure);
    expect(err).toMatchObject({ kind: 'rate_limited', status: 429, code: 'daily_limit', message });
  });

  it('a short-window rate limit says to wait a minute', async () => {
    const err = await send(reply(429, { error: { code: 'rate_limited', message: 'Too many requests; try again in 60 seconds.' } })).catch((e: unknown) => e);
    expect((err as ApiFailure).message).toMatch(/Wait a minute/);
  });
});
