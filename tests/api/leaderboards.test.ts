import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { board, mine, orderOf } from './helpers/boards';
import { call, expectError, json } from './helpers/http';
import { newLearner, type NewLearner } from './helpers/learners';
import { fixtureCorrect, submissionWithErrors } from './helpers/mnist';
import { answersWith, quizList } from './helpers/quizzes';

const T0 = Date.UTC(2030, 0, 1);

/** Fixes when a learner reached their course standing, so ties are decided by time, not test speed. */
const setReached = async (learnerId: string, at: number) => {
  await env.DB.prepare('UPDATE module_standings SET reached_at = ? WHERE learner_id = ?').bind(at, learnerId).run();
  await env.DB.prepare('UPDATE course_standings SET reached_at = ? WHERE learner_id = ?').bind(at, learnerId).run();
};

describe('GET /api/leaderboards/cnn', () => {
  const L: NewLearner[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 4; i++) L.push(await newLearner());
    // Errors on top of the fixture model's own (~93 %): 0: -100 at t=3000; 1: -100 at t=1000 (tied, listed
    // first); 2: best of -300 and -50; 3: -1000. Every submission is verified: each is a real model's output.
    const plan: [number, number, number][] = [[0, 100, 3000], [1, 100, 1000], [2, 300, 500], [2, 50, 2000], [3, 1000, 100]];
    for (const [who, wrong, at] of plan) {
      const res = await json(await call('/submissions', { token: L[who]!.token, body: submissionWithErrors(wrong) }), 201);
      await env.DB.prepare('UPDATE submissions SET created_at = ? WHERE id = ?').bind(T0 + at, res.submission.id).run();
      await env.DB.prepare('UPDATE cnn_standings SET submitted_at = ? WHERE submission_id = ?').bind(T0 + at, res.submission.id).run();
    }
  });

  it('ranks best server-computed accuracy per learner; equal accuracy shares a rank, earlier first', async () => {
    expect(await orderOf('cnn', L)).toEqual([2, 1, 0, 3]);
    const own = await mine('cnn', L);
    expect(own.map((e) => e!.accuracy)).toEqual([100, 100, 50, 1000].map((n) => (fixtureCorrect() - n) / 10_000));
    const [r0, r1, r2, r3] = own.map((e) => e!.rank);
    expect(r0).toBe(r1);
    expect(r2).toBeLessThan(r1!);
    expect(r3).toBe(r1! + 2); // competition ranking: the two tied learners both count
  });

  it('limits to N and adds the caller even outside the top N, under an opaque handle', async () => {
    const last = L[3]!;
    const { body } = await board('cnn', 1, last.token);
    expect(body.entries).toHaveLength(1);
    expect(body.me).toMatchObject({ displayName: last.learner.displayName, handle: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(JSON.stringify(body)).not.toContain(last.learner.id);
    expect((await board('cnn', 10)).body.me).toBeNull();
    expect((await json(await call('/leaderboards/cnn'))).limit).toBe(10);
  });

  it('a learner without submissions has no rank', async () => {
    const nobody = await newLearner();
    expect((await board('cnn', 10, nobody.token)).body.me).toBeNull();
  });

  it('rejects a bad limit', async () => {
    await expectError(await call('/leaderboards/cnn?limit=0'), 400, 'invalid_query');
    await expectError(await call('/leaderboards/course?limit=101'), 400, 'invalid_query');
    await expectError(await call('/leaderboards/course?limit=ten'), 400, 'invalid_query');
  });
});

describe('GET /api/leaderboards/course', () => {
  const [q1, q2] = quizList().filter((q) => q.questions.length >= 3);
  const full = (q: typeof q1) => answersWith(q!, q!.questions.length);
  const attempt = (l: NewLearner, quiz: typeof q1, answers: Record<string, unknown>) =>
    call(`/quizzes/${quiz!.module}/attempts`, { token: l.token, body: { answers } }).then((r) => json(r, 201));

  it('ranks by modules passed, then quiz points; equal standings share a rank, who got there first is listed first', async () => {
    expect(q2, 'needs two quizzes with 3+ questions').toBeDefined();
    const L: NewLearner[] = [];
    for (let i = 0; i < 4; i++) L.push(await newLearner());
    // 0: passes two quizzes. 1: passes one (100) + 1 point-earning fail. 2 and 3: pass one quiz at 100, 3 earlier.
    const plan: [number, typeof q1, Record<string, unknown>][] = [
      [0, q1, full(q1)], [0, q2, full(q2)],
      [1, q1, full(q1)], [1, q2, answersWith(q2!, 1)],
      [2, q1, full(q1)], [3, q1, full(q1)],
    ];
    for (const [who, quiz, answers] of plan) await attempt(L[who]!, quiz, answers);
    await setReached(L[2]!.learner.id, T0 + 5000);
    await setReached(L[3]!.learner.id, T0 + 1000);
    expect(await orderOf('course', L)).toEqual([0, 1, 3, 2]);
    const own = await mine('course', L);
    expect(own[0]).toMatchObject({ modulesPassed: 2, quizPoints: 200 });
    expect(own[2]!.rank).toBe(own[3]!.rank);
    expect(own[2]!.rank).toBe(own[1]!.rank + 1);
  });

  it('practice attempts after the reveal change neither pass, best score nor the board (blank, blank, blank, perfect)', async () => {
    const me = await newLearner();
    const blank = answersWith(q1!, 0);
    for (let i = 0; i < 3; i++) await attempt(me, q1, blank);
    const perfect = await attempt(me, q1, full(q1));
    expect(perfect).toMatchObject({ score: 100, passed: true, attemptsUsed: 4, bestScore: 0 });
    expect((await board('course', 1, me.token)).body.me).toMatchObject({ modulesPassed: 0, quizPoints: 0 });
    const progress = await json(await call('/progress', { token: me.token }));
    expect(progress.modules.find((m: { module: string }) => m.module === q1!.module)).toMatchObject({ attempts: 4, bestScore: 0, passed: false });
    const summary = await json(await call(`/quizzes/${q1!.module}/attempts/summary`, { token: me.token }));
    expect(summary).toMatchObject({ attemptsUsed: 4, bestScore: 0, passed: false });
    const credited = await env.DB.prepare('SELECT credited FROM quiz_attempts WHERE learner_id = ? ORDER BY id').bind(me.learner.id).all<{ credited: number }>();
    expect(credited.results.map((r) => r.credited)).toEqual([1, 1, 1, 0]);
  });

  it('a learner who leaves is taken off the board and everyone behind moves up', async () => {
    const [ahead, behind] = [await newLearner(), await newLearner()];
    await attempt(ahead, q1, full(q1));
    await attempt(ahead, q2, full(q2));
    await attempt(behind, q1, answersWith(q1!, 1));
    const before = (await board('course', 1, behind.token)).body.me!;
    const aheadHandle = (await board('course', 1, ahead.token)).body.me!.handle;
    await json(await call('/learners/me', { method: 'DELETE', token: ahead.token }));
    expect((await board('course', 1, behind.token)).body.me!.rank).toBe(before.rank - 1);
    expect((await board('course')).body.entries.map((e) => e.handle)).not.toContain(aheadHandle);
    const left = await env.DB.prepare('SELECT (SELECT count(*) FROM course_standings WHERE learner_id = ?1) + (SELECT count(*) FROM module_standings WHERE learner_id = ?1) AS n').bind(ahead.learner.id).first<{ n: number }>();
    expect(left!.n).toBe(0);
  });

  it('every rank equals 1 + the number of learners strictly ahead (the rank tree agrees with the rows)', async () => {
    for (const which of ['course', 'cnn'] as const) {
      const rows = await env.DB.prepare(`SELECT learner_id AS id, rkey AS k FROM ${which}_standings`).all<{ id: string; k: number }>();
      const { entries } = (await board(which)).body;
      const sorted = rows.results.map((r) => r.k).sort((a, b) => a - b);
      entries.forEach((e, i) => expect(e.rank).toBe(sorted.findIndex((k) => k === sorted[i]) + 1));
      const tree = await env.DB.prepare('SELECT sum(n) AS n FROM rank_tree WHERE board = ? AND node = (SELECT max(node) FROM rank_tree WHERE board = ?)').bind(which, which).first<{ n: number }>();
      expect(tree!.n).toBe(rows.results.length);
    }
  });
});

describe('board cache', () => {
  it('serves the top list from the Cache API until a write changes the board', async () => {
    const first = await board('course', 5);
    const second = await board('course', 5);
    expect(second.res.headers.get('X-Board-Cache')).toBe('hit');
    expect(second.body.entries).toEqual(first.body.entries);
    expect(Number(second.res.headers.get('X-D1-Rows-Read'))).toBe(0);
    const l = await newLearner();
    const quiz = quizList()[0]!;
    await json(await call(`/quizzes/${quiz.module}/attempts`, { token: l.token, body: { answers: answersWith(quiz, quiz.questions.length) } }), 201);
    const after = await board('course', 100, l.token);
    expect(after.res.headers.get('X-Board-Cache')).toBe('miss');
    expect(after.body.entries.map((e) => e.handle)).toContain(after.body.me!.handle);
    expect(after.res.headers.get('X-Board-Cache-Seconds')).toBe('30');
  });
});
