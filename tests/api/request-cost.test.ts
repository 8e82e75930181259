import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODULE_SLUGS } from '../../functions/course/modules';
import { call, json } from './helpers/http';
import { newLearner, type NewLearner } from './helpers/learners';
import { submissionWithErrors } from './helpers/mnist';
import { answersWith, quizList } from './helpers/quizzes';

/** A few thousand learners, like the bench's (bench/scale) but small enough for a test. */
const LEARNERS = 3000;
const ATTEMPTS = 15_000;
const SUBMISSIONS = 600;

const range = (n: number) => `WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < ${n - 1})`;
const moduleOf = `CASE (i / ${LEARNERS}) % 5 ${MODULE_SLUGS.slice(0, 5).map((m, k) => `WHEN ${k} THEN '${m}'`).join(' ')} END`;

/** Stored rows written straight into D1, then the standings built by the credit and standings migrations' own backfill statements. */
async function seed(): Promise<void> {
  await env.DB.batch([
    env.DB.prepare(`${range(LEARNERS)} INSERT INTO learners (id, display_name, name_key, token_hash, recovery_hash, created_at, updated_at)
      SELECT 'seed-' || i, 'Seed ' || i, 'seed ' || i, 'token-' || i, 'recovery-' || i, i, i FROM s`),
    env.DB.prepare(`${range(ATTEMPTS)} INSERT INTO quiz_attempts (learner_id, module, correct, total, score, passed, answers, result, request_hash, created_at)
      SELECT 'seed-' || (i % ${LEARNERS}), ${moduleOf}, 0, 5, (i * 37) % 101, (i * 37) % 101 >= 80, '{}', '{}', 'h', 1000 + i FROM s`),
    env.DB.prepare(`${range(SUBMISSIONS)} INSERT INTO submissions (learner_id, accuracy, correct, predictions, client_epochs, client_batch_size,
        client_training_seconds, client_backend, client_param_count, request_hash, created_at, weights_sha256)
      SELECT 'seed-' || (i * 5), (9000 + (i * 7) % 1000) / 10000.0, 9000 + (i * 7) % 1000, '', 3, 64, 40, 'webgl', 93322, 'h', 1000 + i, 'seed' FROM s`),
  ]);
  const backfill = env.TEST_MIGRATIONS.filter((m) => /_(attempt_credited|standings)(\.sql)?$/.test(m.name)).flatMap((m) => m.queries).filter((q) => /^\s*(--.*\n\s*)*(INSERT|UPDATE)\b/.test(q));
  for (const q of backfill) await env.DB.prepare(q).run();
}

type Cost = { status: number; rowsRead: number; rowsWritten: number; roundTrips: number };
async function cost(path: string, o: Parameters<typeof call>[1] = {}): Promise<Cost> {
  const res = await call(path, o);
  await res.arrayBuffer();
  const h = (name: string) => Number(res.headers.get(name));
  return { status: res.status, rowsRead: h('X-D1-Rows-Read'), rowsWritten: h('X-D1-Rows-Written'), roundTrips: h('X-D1-Round-Trips') };
}

describe(`D1 cost per request with ${LEARNERS} learners, ${ATTEMPTS} attempts, ${SUBMISSIONS} submissions`, () => {
  let me: NewLearner;
  const quiz = quizList()[0]!;
  beforeAll(async () => {
    await seed();
    me = await newLearner();
    await json(await call(`/quizzes/${quiz.module}/attempts`, { token: me.token, body: { answers: answersWith(quiz, 1) } }), 201);
    await json(await call('/submissions', { token: me.token, body: submissionWithErrors(500) }), 201);
  });

  // Bounds: top 100 plus their names (about 2 x 100 index and table rows), the caller's row, <= 17 tree nodes, the token lookup.
  it.each([
    ['/leaderboards/course?limit=100', 450],
    ['/leaderboards/cnn?limit=100', 450],
  ])('%s reads a bounded number of rows, cache miss or hit, with or without a token', async (path, bound) => {
    const miss = await cost(path);
    const hit = await cost(path, { token: me.token });
    expect(miss).toMatchObject({ status: 200 });
    expect(miss.rowsRead).toBeLessThanOrEqual(bound);
    expect(hit.rowsRead).toBeLessThanOrEqual(100);
    expect(miss.roundTrips + hit.roundTrips).toBeLessThanOrEqual(5);
  });

  it.each([
    ['/progress', 60],
    [`/quizzes/${quizList()[0]!.module}/attempts/summary`, 10],
  ])('%s reads a bounded number of rows', async (path, bound) => {
    const c = await cost(path, { token: me.token });
    expect(c.status).toBe(200);
    expect(c.rowsRead).toBeLessThanOrEqual(bound);
    expect(c.roundTrips).toBeLessThanOrEqual(2);
  });

  it('writes touch a bounded number of rows', async () => {
    const attempt = await cost(`/quizzes/${quiz.module}/attempts`, { token: me.token, body: { answers: answersWith(quiz, quiz.questions.length) } });
    const submission = await cost('/submissions', { token: me.token, body: submissionWithErrors(100) });
    expect([attempt.status, submission.status]).toEqual([201, 201]);
    for (const c of [attempt, submission]) {
      expect(c.rowsRead).toBeLessThanOrEqual(150);
      expect(c.rowsWritten).toBeLessThanOrEqual(60);
      expect(c.roundTrips).toBeLessThanOrEqual(3);
    }
  });

  it('an attempt that leaves the course standing unchanged writes no rank-tree rows', async () => {
    const again = await cost(`/quizzes/${quiz.module}/attempts`, { token: me.token, body: { answers: answersWith(quiz, 0) } }); // practice: passed already
    expect(again.status).toBe(201);
    // The attempt and its two index entries, the updated result, module and course rows: no tree node.
    expect(again.rowsWritten).toBeLessThanOrEqual(12);
  });
});
