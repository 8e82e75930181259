import { describe, expect, it } from 'vitest';
import { call, expectError, json } from './helpers/http';
import { newLearner } from './helpers/learners';

type Recovered = { learner: { id: string }; token: string; recoveryCode: string };

describe('a recovery code is single use', () => {
  it('using it returns a new code; the old code stops working, the new one works', async () => {
    const a = await newLearner();
    const first = await json<Recovered>(await call('/learners/recover', { body: { recoveryCode: a.recoveryCode } }));
    expect(first.learner.id).toBe(a.learner.id);
    expect(first.recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    expect(first.recoveryCode).not.toBe(a.recoveryCode);
    await expectError(await call('/learners/recover', { body: { recoveryCode: a.recoveryCode } }), 401, 'invalid_recovery_code');
    const second = await json<Recovered>(await call('/learners/recover', { body: { recoveryCode: first.recoveryCode } }));
    expect(second.learner.id).toBe(a.learner.id);
    await expectError(await call('/learners/me', { token: first.token }), 401, 'unauthorized');
    expect((await json(await call('/learners/me', { token: second.token }))).learner.id).toBe(a.learner.id);
  });

  it('concurrent recoveries with one code: exactly one succeeds, the others get 409', async () => {
    const a = await newLearner();
    const responses = await Promise.all(Array.from({ length: 5 }, () => call('/learners/recover', { body: { recoveryCode: a.recoveryCode } })));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409]);
    const winner = await json<Recovered>(responses.find((r) => r.status === 200)!);
    for (const loser of responses.filter((r) => r.status === 409)) await expectError(loser, 409, 'recovery_code_used');
    // Only the winner's token and code are valid now.
    expect((await json(await call('/learners/me', { token: winner.token }))).learner.id).toBe(a.learner.id);
    expect((await call('/learners/recover', { body: { recoveryCode: winner.recoveryCode } })).status).toBe(200);
  });
});
