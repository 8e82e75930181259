import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { DAILY_CAPS, type WriteKind } from '../../functions/middleware/daily-cap';
import { call, expectError, json } from './helpers/http';
import { newLearner } from './helpers/learners';
import { honestSubmission } from './helpers/mnist';
import { answersWith, quizWithAtLeast } from './helpers/quizzes';

const today = () => Math.floor(Date.now() / 86_400_000);
const secondsToMidnightUtc = () => ((today() + 1) * 86_400_000 - Date.now()) / 1000;

/** Sets today's stored count for a learner, as if they had made that many writes already. */
async function seedCount(learnerId: string, kind: WriteKind, count: number): Promise<void> {
  await env.DB.prepare('INSERT INTO daily_writes (learner_id, day, kind, count) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET count = excluded.count')
    .bind(learnerId, today(), kind, count)
    .run();
}

const rows = async (table: string, learnerId: string) =>
  (await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE learner_id = ?`).bind(learnerId).first<{ n: number }>())!.n;
const counted = async (learnerId: string, kind: WriteKind) =>
  (await env.DB.prepare('SELECT count FROM daily_writes WHERE learner_id = ? AND day = ? AND kind = ?').bind(learnerId, today(), kind).first<{ count: number }>())?.count ?? 0;

async function expectDailyLimit(res: Response): Promise<void> {
  const body = await expectError(res, 429, 'daily_limit');
  expect(body.error.message).toMatch(/daily maximum.*midnight UTC/);
  const retry = Number(res.headers.get('Retry-After'));
  expect(Math.abs(retry - secondsToMidnightUtc())).toBeLessThan(5);
}

describe('stored writes per learner and UTC day are capped', () => {
  it('quiz attempts: the last allowed one is stored, the next is 429 until midnight UTC and stores nothing', async () => {
    const me = await newLearner();
    const quiz = quizWithAtLeast(1);
    const attempt = () => call(`/quizzes/${quiz.module}/attempts`, { token: me.token, body: { answers: answersWith(quiz, 0) } });
    await seedCount(me.learner.id, 'quiz_attempt', DAILY_CAPS.quiz_attempt - 1);
    await json(await attempt(), 201);
    await expectDailyLimit(await attempt());
    expect(await rows('quiz_attempts', me.learner.id)).toBe(1);
    expect(await counted(me.learner.id, 'quiz_attempt')).toBe(DAILY_CAPS.quiz_attempt);
    // Guests store nothing, so the cap does not apply to grading without a token.
    expect((await call(`/quizzes/${quiz.module}/attempts`, { body: { answers: answersWith(quiz, 0) } })).status).toBe(200);
  });

  it('CNN submissions: capped the same way', async () => {
    const me = await newLearner();
    await seedCount(me.learner.id, 'submission', DAILY_CAPS.submission);
    await expectDailyLimit(await call('/submissions', { token: me.token, body: honestSubmission() }));
    expect(await rows('submissions', me.learner.id)).toBe(0);
  });

  it('only stored writes count: replays and refused requests hand their slot back', async () => {
    const me = await newLearner();
    const quiz = quizWithAtLeast(1);
    const headers = { 'Idempotency-Key': `cap-${crypto.randomUUID()}` };
    const body = { answers: answersWith(quiz, 0) };
    await json(await call(`/quizzes/${quiz.module}/attempts`, { token: me.token, headers, body }), 201);
    await json(await call(`/quizzes/${quiz.module}/attempts`, { token: me.token, headers, body }), 200);
    await expectError(await call(`/quizzes/${quiz.module}/attempts`, { token: me.token, headers, body: { answers: answersWith(quiz, 1) } }), 422, 'idempotency_key_reused');
    expect(await counted(me.learner.id, 'quiz_attempt')).toBe(1);
  });

  it('concurrent writes at the edge of the cap never overshoot it', async () => {
    const me = await newLearner();
    const quiz = quizWithAtLeast(1);
    await seedCount(me.learner.id, 'quiz_attempt', DAILY_CAPS.quiz_attempt - 3);
    const statuses = (await Promise.all(Array.from({ length: 8 }, () => call(`/quizzes/${quiz.module}/attempts`, { token: me.token, body: { answers: answersWith(quiz, 0) } })))).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    expect(await rows('quiz_attempts', me.learner.id)).toBe(3);
  });
});
