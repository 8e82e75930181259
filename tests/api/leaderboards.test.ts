import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, expectError, json } from './helpers/http';
import { newLearner, type NewLearner } from './helpers/learners';
import { fixtureCorrect, submissionWithErrors } from './helpers/mnist';
import { answersWith, quizList } from './helpers/quizzes';

type Entry = { rank: number; learnerId: string; displayName: string };

/** Fixes a row's time so ties are decided by time, not by test speed. */
const setTime = (table: string, learnerId: string, at: number) =>
  env.DB.prepare(`UPDATE ${table} SET created_at = ? WHERE learner_id = ?`).bind(at, learnerId).run();

/** This file's learners in board order (other files' learners may share the board). */
const orderOf = (entries: Entry[], ours: NewLearner[]) => entries.filter((e) => ours.some((o) => o.learner.id === e.learnerId)).map((e) => ours.findIndex((o) => o.learner.id === e.learnerId));

describe('GET /api/leaderboards/cnn', () => {
  const L: NewLearner[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 4; i++) L.push(await newLearner());
    // Errors on top of the fixture model's own (~93 %): 0: -100 at t=3000; 1: -100 at t=1000 (earlier -> ahead);
    // 2: best of -300 and -50; 3: -1000. Every submission is verified, so each is a real model's output.
    const plan: [number, number, number][] = [[0, 100, 3000], [1, 100, 1000], [2, 300, 500], [2, 50, 2000], [3, 1000, 100]];
    for (const [who, wrong, at] of plan) {
      const res = await json(await call('/submissions', { token: L[who]!.token, body: submissionWithErrors(wrong) }), 201);
      await env.DB.prepare('UPDATE submissions SET created_at = ? WHERE id = ?').bind(Date.UTC(2030, 0, 1) + at, res.submission.id).run();
    }
  });

  it('ranks best server-computed accuracy per learner, ties to the earlier submission', async () => {
    const board = await json(await call('/leaderboards/cnn?limit=100'));
    expect(orderOf(board.entries, L)).toEqual([2, 1, 0, 3]);
    const mine = board.entries.filter((e: Entry) => e.learnerId === L[2]!.learner.id);
    expect(mine).toHaveLength(1);
    expect(mine[0].accuracy).toBe((fixtureCorrect() - 50) / 10_000);
    const ranks = board.entries.map((e: Entry) => e.rank);
    expect(ranks).toEqual(ranks.map((_: number, i: number) => i + 1));
  });

  it('limits to N and adds the caller even outside the top N', async () => {
    const all = await json(await call('/leaderboards/cnn?limit=100'));
    const last = L[3]!;
    const board = await json(await call('/leaderboards/cnn?limit=1', { token: last.token }));
    expect(board.entries).toHaveLength(1);
    expect(board.me.learnerId).toBe(last.learner.id);
    expect(board.me.rank).toBe(all.entries.find((e: Entry) => e.learnerId === last.learner.id).rank);
    expect((await json(await call('/leaderboards/cnn'))).me).toBeNull();
    expect((await json(await call('/leaderboards/cnn'))).limit).toBe(10);
  });

  it('a learner without submissions has no rank', async () => {
    const nobody = await newLearner();
    expect((await json(await call('/leaderboards/cnn', { token: nobody.token }))).me).toBeNull();
  });

  it('rejects a bad limit', async () => {
    await expectError(await call('/leaderboards/cnn?limit=0'), 400, 'invalid_query');
    await expectError(await call('/leaderboards/course?limit=101'), 400, 'invalid_query');
    await expectError(await call('/leaderboards/course?limit=ten'), 400, 'invalid_query');
  });
});

describe('GET /api/leaderboards/course', () => {
  it('ranks by modules passed, then quiz points, then who got there first', async () => {
    const [q1, q2] = quizList().filter((q) => q.questions.length >= 3);
    expect(q2, 'needs two quizzes with 3+ questions').toBeDefined();
    const L: NewLearner[] = [];
    for (let i = 0; i < 4; i++) L.push(await newLearner());
    const full = (q: typeof q1) => answersWith(q!, q!.questions.length);
    // 0: passes two quizzes. 1: passes one (100) + 1 point-earning fail. 2 and 3: pass one quiz at 100, 3 earlier.
    const plan: [number, typeof q1, Record<string, unknown>][] = [
      [0, q1, full(q1)], [0, q2, full(q2)],
      [1, q1, full(q1)], [1, q2, answersWith(q2!, 1)],
      [2, q1, full(q1)], [3, q1, full(q1)],
    ];
    for (const [who, quiz, answers] of plan) await json(await call(`/quizzes/${quiz!.module}/attempts`, { token: L[who]!.token, body: { answers } }), 201);
    await setTime('quiz_attempts', L[2]!.learner.id, Date.UTC(2030, 0, 1, 0, 0, 5));
    await setTime('quiz_attempts', L[3]!.learner.id, Date.UTC(2030, 0, 1, 0, 0, 1));
    const board = await json(await call('/leaderboards/course?limit=100', { token: L[2]!.token }));
    expect(orderOf(board.entries, L)).toEqual([0, 1, 3, 2]);
    const zero = board.entries.find((e: Entry) => e.learnerId === L[0]!.learner.id);
    expect(zero).toMatchObject({ modulesPassed: 2, quizPoints: 200 });
    expect(board.me.learnerId).toBe(L[2]!.learner.id);
  });
});
