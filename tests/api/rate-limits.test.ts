import { describe, expect, it } from 'vitest';
import { call, expectError, json } from './helpers/http';
import { newLearner, uniqueName } from './helpers/learners';

/** A random /64 prefix (2001:db8::/32 is the documentation range) and addresses inside it. */
function ipv6Net(): (host: number) => string {
  const [a, b, c] = Array.from(crypto.getRandomValues(new Uint16Array(3)), (n) => n.toString(16));
  return (host) => `2001:db8:${a}:${b}:${c}::${host.toString(16)}`;
}

/** Calls `send` until a 429 or `max` tries; returns the statuses seen. */
async function untilLimited(max: number, send: (i: number) => Promise<Response>): Promise<Response[]> {
  const seen: Response[] = [];
  for (let i = 0; i < max; i++) {
    const res = await send(i);
    seen.push(res);
    if (res.status === 429) break;
  }
  return seen;
}

describe('rate limits by client address', () => {
  it('IPv6 clients are one bucket per /64: a new address in the same /64 does not reset the count', async () => {
    const net = ipv6Net();
    // 5 sign-ups a minute per bucket; a window boundary can reset the count once, hence up to 12.
    const seen = await untilLimited(12, (i) => call('/learners', { body: { displayName: uniqueName('v6') }, ip: net(i + 1) }));
    const last = seen.at(-1)!;
    await expectError(last, 429, 'rate_limited');
    expect(last.headers.get('Retry-After')).toBe('60');
    // Another /64 is another client.
    expect((await call('/learners', { body: { displayName: uniqueName('v6') }, ip: ipv6Net()(1) })).status).toBe(201);
  });

  it('leaderboard reads are limited per address', async () => {
    const ip = `10.250.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const seen = await untilLimited(300, (i) => call(`/leaderboards/${i % 2 ? 'cnn' : 'course'}`, { ip }));
    await expectError(seen.at(-1)!, 429, 'rate_limited');
    expect(seen.slice(0, -1).every((r) => r.status === 200)).toBe(true);
  }, 60_000);

  it('requests with a bad token are limited per address; a valid token from there still works', async () => {
    const me = await newLearner();
    const net = ipv6Net();
    const bad = `tfk_${'B'.repeat(43)}`;
    const seen = await untilLimited(50, (i) => call('/learners/me', { token: i % 2 ? bad : 'not-a-token', ip: net(i + 1) }));
    await expectError(seen.at(-1)!, 429, 'rate_limited');
    expect(seen.slice(0, -1).every((r) => r.status === 401)).toBe(true);
    expect((await json(await call('/learners/me', { token: me.token, ip: net(999) }))).learner.id).toBe(me.learner.id);
  });
});
