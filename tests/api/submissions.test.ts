import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { TEST_LABELS } from '../../functions/mnist/test-labels.generated';
import { scorePredictions } from '../../functions/mnist/accuracy';
import { NEAR_TIE_LOGITS, VERIFY_SAMPLE_SIZE } from '../../functions/mnist/verify';
import { call, expectError, json } from './helpers/http';
import { newLearner } from './helpers/learners';
import { fixtureCorrect, fixtureWeights, honestSubmission, metadata, submissionWithErrors, trueLabelsWithFixtureWeights } from './helpers/mnist';
import { tableCounts } from './helpers/db';

const labels = () => Array.from(TEST_LABELS, Number);

describe('MNIST test labels held by the Worker', () => {
  it('match the t10k-labels IDX file exactly (10,000 digits)', () => {
    expect(TEST_LABELS).toHaveLength(10_000);
    expect(TEST_LABELS).toBe(env.TEST_MNIST_LABELS);
  });
  it('score predictions against them', () => {
    expect(scorePredictions(labels())).toEqual({ correct: 10_000, accuracy: 1 });
    expect(scorePredictions(labels().map((d, i) => (i < 123 ? (d + 1) % 10 : d)))).toEqual({ correct: 9877, accuracy: 0.9877 });
    const zeros = Array.from(TEST_LABELS).filter((d) => d === '0').length;
    expect(scorePredictions(new Array(10_000).fill(0)).correct).toBe(zeros);
  });
});

describe('POST /api/submissions', () => {
  it('accepts an honest submission (predictions made by the submitted weights), keeps a hash of the weights, not the weights', async () => {
    const me = await newLearner();
    const res = await json(await call('/submissions', { token: me.token, body: honestSubmission() }), 201);
    expect(res.submission).toMatchObject({ correct: fixtureCorrect(), accuracy: fixtureCorrect() / 10_000, verified: true, clientReported: metadata });
    expect(res.verification.sampleSize).toBe(VERIFY_SAMPLE_SIZE);
    const bytes = Uint8Array.from(atob(fixtureWeights().float32), (ch) => ch.charCodeAt(0));
    const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
    const row = await env.DB.prepare('SELECT weights_sha256 AS hash, length(predictions) AS len FROM submissions WHERE id = ?').bind(res.submission.id).first();
    expect(row).toEqual({ hash: digest, len: 10_000 });
    expect(res.verification.weightsSha256).toBe(digest);
  });

  it('computes accuracy on the server and stores client metadata as client-reported', async () => {
    const me = await newLearner();
    const res = await json(await call('/submissions', { token: me.token, body: submissionWithErrors(150) }), 201);
    const correct = fixtureCorrect() - 150;
    expect(res.submission).toMatchObject({ accuracy: correct / 10_000, correct, total: 10_000, clientReported: metadata });
    const row = await env.DB.prepare('SELECT accuracy, client_backend FROM submissions WHERE id = ?').bind(res.submission.id).first();
    expect(row).toEqual({ accuracy: correct / 10_000, client_backend: 'webgl' });
  });

  it('refuses the true labels posted with a genuine ~93 % model (422, nothing stored)', async () => {
    // The fixture disagrees with the labels on ~7 % of images: 0.93^128 ~ 1e-4 chance to slip through per try.
    for (let i = 0; i < 3; i++) {
      const me = await newLearner();
      const before = await tableCounts();
      const body = await expectError(await call('/submissions', { token: me.token, body: trueLabelsWithFixtureWeights() }), 422, 'predictions_not_reproduced');
      expect(body.error.message).toMatch(/you sent \d, but your weights predict \d/);
      expect(body.error.details?.[0]?.path).toMatch(/^predictions\.\d+$/);
      expect(await tableCounts()).toEqual(before);
    }
  });

  it('the detection rate for that cheat is at least 99.9 % (from the model’s own logits)', () => {
    const z = new Float32Array(Uint8Array.from(atob(env.TEST_CNN_FIXTURE.logits), (ch) => ch.charCodeAt(0)).buffer);
    const truth = labels();
    let caught = 0;
    for (let i = 0; i < 10_000; i++) {
      const row = z.subarray(i * 10, i * 10 + 10);
      if (Math.max(...row) - row[truth[i]!]! >= NEAR_TIE_LOGITS * 2) caught++; // clearly not a near-tie
    }
    const q = caught / 10_000;
    expect(q).toBeGreaterThan(0.05);
    expect(1 - (1 - q) ** VERIFY_SAMPLE_SIZE).toBeGreaterThan(0.999);
  });

  it('draws a new random sample for every submission', async () => {
    const me = await newLearner();
    const a = await json(await call('/submissions', { token: me.token, body: honestSubmission() }), 201);
    const b = await json(await call('/submissions', { token: me.token, body: honestSubmission() }), 201);
    for (const s of [a.verification.sample, b.verification.sample] as number[][]) {
      expect(new Set(s).size).toBe(VERIFY_SAMPLE_SIZE);
      expect(s.every((i) => Number.isInteger(i) && i >= 0 && i < 10_000)).toBe(true);
    }
    expect(a.verification.sample).not.toEqual(b.verification.sample);
  });

  it('refuses weights of any other architecture with 422 naming the problem, and stores nothing', async () => {
    const good = honestSubmission();
    const shapes = good.weights.shapes;
    const floats = Uint8Array.from(atob(good.weights.float32), (ch) => ch.charCodeAt(0));
    const b64 = (bytes: Uint8Array) => { let s = ''; for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000)); return btoa(s); };
    const nan = floats.slice();
    new DataView(nan.buffer).setFloat32(4 * 500, Number.NaN, true);
    const cases: [string, unknown, RegExp][] = [
      ['16 filters in the first conv', { shapes: [[3, 3, 1, 16], ...shapes.slice(1)], float32: good.weights.float32 }, /tensor 1 \(conv2d\/kernel\) has shape \[3, 3, 1, 16\]/],
      ['an extra tensor', { shapes: [...shapes, [10]], float32: good.weights.float32 }, /10 weight tensors; this model has 11/],
      ['a missing layer', { shapes: shapes.slice(0, -2), float32: good.weights.float32 }, /this model has 8/],
      ['one float short', { shapes, float32: b64(floats.subarray(0, floats.length - 4)) }, /373284 bytes/],
      ['a NaN weight', { shapes, float32: b64(nan) }, /Weight 500 is NaN/],
    ];
    const me = await newLearner();
    const before = await tableCounts();
    for (const [name, weights, message] of cases) {
      const body = await expectError(await call('/submissions', { token: me.token, body: { ...good, weights } }), 422, 'wrong_architecture');
      expect(body.error.message, name).toMatch(message);
    }
    expect(await tableCounts()).toEqual(before);
  });

  it('refuses a submission without weights (400)', async () => {
    const me = await newLearner();
    const { weights: _, ...noWeights } = honestSubmission();
    const body = await expectError(await call('/submissions', { token: me.token, body: noWeights }), 400, 'invalid_body');
    expect(JSON.stringify(body.error.details)).toContain('weights');
  });

  it('never trusts a client-sent accuracy (unknown fields are refused, nothing stored)', async () => {
    const me = await newLearner();
    const before = await tableCounts();
    const body = await expectError(await call('/submissions', { token: me.token, body: { ...honestSubmission(), accuracy: 1 } }), 400, 'invalid_body');
    expect(JSON.stringify(body.error.details)).toContain('accuracy');
    expect(await tableCounts()).toEqual(before);
  });

  it('requires a learner token', async () => {
    await expectError(await call('/submissions', { body: honestSubmission() }), 401, 'unauthorized');
  });

  it('a retried submission with the same Idempotency-Key is stored once', async () => {
    const me = await newLearner();
    const headers = { 'Idempotency-Key': crypto.randomUUID() };
    const first = await json(await call('/submissions', { token: me.token, body: submissionWithErrors(10), headers }), 201);
    const retry = await call('/submissions', { token: me.token, body: submissionWithErrors(10), headers });
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect((await json(retry)).submission).toEqual(first.submission);
    const n = await env.DB.prepare('SELECT count(*) AS n FROM submissions WHERE learner_id = ?').bind(me.learner.id).first<{ n: number }>();
    expect(n!.n).toBe(1);
    await expectError(await call('/submissions', { token: me.token, body: submissionWithErrors(11), headers }), 422, 'idempotency_key_reused');
  });
});
