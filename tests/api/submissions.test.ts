import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { TEST_LABELS } from '../../functions/mnist/test-labels.generated';
import { scorePredictions } from '../../functions/mnist/accuracy';
import { call, expectError, json } from './helpers/http';
import { newLearner } from './helpers/learners';
import { metadata, perfectPredictions, predictionsWithErrors } from './helpers/mnist';
import { tableCounts } from './helpers/db';

describe('MNIST test labels held by the Worker', () => {
  it('match the t10k-labels IDX file exactly (10,000 digits)', () => {
    expect(TEST_LABELS).toHaveLength(10_000);
    expect(TEST_LABELS).toBe(env.TEST_MNIST_LABELS);
  });
  it('score predictions against them', () => {
    expect(scorePredictions(perfectPredictions().predictions)).toEqual({ correct: 10_000, accuracy: 1 });
    expect(scorePredictions(predictionsWithErrors(123).predictions)).toEqual({ correct: 9877, accuracy: 0.9877 });
    const zeros = Array.from(TEST_LABELS).filter((d) => d === '0').length;
    expect(scorePredictions(new Array(10_000).fill(0)).correct).toBe(zeros);
  });
});

describe('POST /api/submissions', () => {
  it('computes accuracy on the server and stores client metadata as client-reported', async () => {
    const me = await newLearner();
    const res = await json(await call('/submissions', { token: me.token, body: predictionsWithErrors(150) }), 201);
    expect(res.submission).toMatchObject({ accuracy: 0.985, correct: 9850, total: 10_000, clientReported: metadata });
    const row = await env.DB.prepare('SELECT accuracy, client_backend, length(predictions) AS len FROM submissions WHERE id = ?').bind(res.submission.id).first();
    expect(row).toEqual({ accuracy: 0.985, client_backend: 'webgl', len: 10_000 });
  });

  it('never trusts a client-sent accuracy (unknown fields are refused, nothing stored)', async () => {
    const me = await newLearner();
    const before = await tableCounts();
    const body = await expectError(await call('/submissions', { token: me.token, body: { ...predictionsWithErrors(5000), accuracy: 1 } }), 400, 'invalid_body');
    expect(JSON.stringify(body.error.details)).toContain('accuracy');
    expect(await tableCounts()).toEqual(before);
  });

  it('requires a learner token', async () => {
    await expectError(await call('/submissions', { body: perfectPredictions() }), 401, 'unauthorized');
  });

  it('a retried submission with the same Idempotency-Key is stored once', async () => {
    const me = await newLearner();
    const headers = { 'Idempotency-Key': crypto.randomUUID() };
    const first = await json(await call('/submissions', { token: me.token, body: predictionsWithErrors(10), headers }), 201);
    const retry = await call('/submissions', { token: me.token, body: predictionsWithErrors(10), headers });
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await json(retry)).toEqual(first);
    const n = await env.DB.prepare('SELECT count(*) AS n FROM submissions WHERE learner_id = ?').bind(me.learner.id).first<{ n: number }>();
    expect(n!.n).toBe(1);
    await expectError(await call('/submissions', { token: me.token, body: predictionsWithErrors(11), headers }), 422, 'idempotency_key_reused');
  });
});
