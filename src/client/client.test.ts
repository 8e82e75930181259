/** Pure parts of the learner scripts: retry keys, suggested names, progress labels. */
import { describe, expect, it } from 'vitest';
import { displayName } from '../../functions/routes/learners/schemas';
import { suggestName } from './account';
import { keyFor } from './quiz/answers';
import { percent, stateLabel } from './progress/render';

describe('keyFor (Idempotency-Key per submission attempt)', () => {
  const fresh = () => 'new-key-0001';
  it('reuses the pending key when the same answers are retried', () => {
    const answers = { q1: 'a', q2: ['b', 'c'], q3: 4 };
    const kept = { answers, pending: { key: 'kept-key-1234', body: JSON.stringify(answers) } };
    expect(keyFor(kept, answers, fresh)).toEqual(kept.pending);
  });
  it('takes a new key when the answers changed (the server would refuse the old key with 422)', () => {
    const kept = { answers: { q1: 'a' }, pending: { key: 'kept-key-1234', body: JSON.stringify({ q1: 'a' }) } };
    expect(keyFor(kept, { q1: 'b' }, fresh)).toEqual({ key: 'new-key-0001', body: '{"q1":"b"}' });
  });
  it('takes a new key when nothing is pending', () => {
    expect(keyFor({ answers: { q1: 'a' } }, { q1: 'a' }, fresh).key).toBe('new-key-0001');
    expect(keyFor(null, { q1: 'a' }, fresh).key).toBe('new-key-0001');
  });
  it('default keys are valid Idempotency-Key values and differ', () => {
    const a = keyFor(null, {}).key;
    expect(a).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
    expect(keyFor(null, {}).key).not.toBe(a);
  });
});

describe('suggestName', () => {
  it('always suggests a name the API accepts', () => {
    for (const r of [0, 0.2, 0.5, 0.999999]) expect(displayName.safeParse(suggestName(() => r)).success).toBe(true);
  });
});

describe('progress labels', () => {
  const m = { module: 'tensors' as const, hasQuiz: true, attempts: 0, bestScore: null, passed: false, practiceAfter: null };
  it('names the state', () => {
    expect(stateLabel(m)).toBe('Not started');
    expect(stateLabel({ ...m, attempts: 2, bestScore: 50 })).toBe('In progress');
    expect(stateLabel({ ...m, attempts: 2, bestScore: 100, passed: true })).toBe('Passed');
  });
  it('formats completion', () => {
    expect(percent(1 / 25)).toBe('4%');
    expect(percent(1 / 3)).toBe('33.3%');
  });
});

describe('ApiFailure.reason (what the name dialog shows)', () => {
  it("gives the API's own reasons instead of the generic envelope message", async () => {
    const { ApiFailure } = await import('./api');
    const invalid = new ApiFailure('rejected', 400, 'The request body is invalid.', 'invalid_body', [
      { path: 'displayName', message: 'must be at least 2 characters' },
      { path: 'displayName', message: 'must use one writing system, not a mix (Latin and Cyrillic): mixed letters can imitate another name' },
    ]);
    expect(invalid.reason).toBe('Must be at least 2 characters; must use one writing system, not a mix (Latin and Cyrillic): mixed letters can imitate another name.');
    expect(new ApiFailure('rejected', 409, 'That name is taken.', 'name_taken').reason).toBe('That name is taken.');
  });
});
