import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { tableCounts } from './helpers/db';
import { call, expectError, json } from './helpers/http';
import { newLearner } from './helpers/learners';
import { answersWith, completeWith, quizWithAtLeast } from './helpers/quizzes';

// Issue 11: only complete attempts are graded, and attempts after the key is revealed are practice.
const quiz = quizWithAtLeast(3);
const path = `/quizzes/${quiz.module}/attempts`;
const [first, second] = quiz.questions.map((q) => q.id);
const perfect = () => answersWith(quiz, quiz.questions.length);
const wrong = () => answersWith(quiz, 0);

describe('complete attempts only: 422 naming each question, nothing stored', () => {
  const raw = (text: string) => ({ raw: `{"answers":{${text}}}` });
  const rest = JSON.stringify(perfect()).slice(1, -1);
  const cases: { name: string; body: { body?: unknown; raw?: string }; code: string; names: string[] }[] = [
    { name: 'a missing answer', body: { body: { answers: { ...perfect(), [first!]: undefined } } }, code: 'incomplete_attempt', names: [first!] },
    { name: 'an empty string', body: { body: { answers: completeWith(quiz, { [first!]: '', [second!]: '  ' }) } }, code: 'incomplete_attempt', names: [first!, second!] },
    { name: '__proto__ (JSON.parse keeps it, zod drops it)', body: raw(`"__proto__":"a",${rest}`), code: 'unknown_question', names: ['__proto__'] },
    { name: 'constructor', body: raw(`"constructor":"a",${rest}`), code: 'unknown_question', names: ['constructor'] },
    { name: 'a duplicate key (JSON.parse keeps the last)', body: raw(`${JSON.stringify(first)}:"x",${rest}`), code: 'unknown_question', names: [first!] },
    { name: 'wrong answer types', body: { body: { answers: completeWith(quiz, { [first!]: true, [second!]: { a: 1 } }) } }, code: 'invalid_answer', names: [first!, second!] },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const me = await newLearner();
      const before = await tableCounts();
      const body = await expectError(await call(path, { ...c.body, token: me.token }), 422, c.code);
      expect(body.error.details?.map((d) => d.path)).toEqual(c.names.map((n) => `answers.${n}`));
      for (const n of c.names) expect(body.error.message).toContain(n);
      expect(await tableCounts()).toEqual(before);
    });
  }
});

describe('practice after the reveal (isCreditedAttempt)', () => {
  const progressOf = async (token: string) => (await json(await call('/progress', { token }))).modules.find((m: { module: string }) => m.module === quiz.module);
  const boardOf = async (token: string) => (await json(await call('/leaderboards/course?limit=100', { token }))).me;

  it('blank -> blank -> blank -> perfect: the perfect attempt is practice, not a pass', async () => {
    const me = await newLearner();
    // A truly blank attempt is refused and not counted; "blank" here is complete but all wrong.
    await expectError(await call(path, { body: { answers: {} }, token: me.token }), 422, 'incomplete_attempt');
    const results = [];
    for (const answers of [wrong(), wrong(), wrong(), perfect()]) results.push(await json(await call(path, { body: { answers }, token: me.token }), 201));
    expect(results.map((r) => r.credited)).toEqual([true, true, true, false]);
    expect(results[3]).toMatchObject({ score: 100, attemptsUsed: 4, bestScore: 0, practiceAfter: 3 });
    expect(results[3].feedback).toMatch(/practice: answers were revealed after attempt 3/i);
    const rows = await env.DB.prepare('SELECT credited FROM quiz_attempts WHERE learner_id = ? ORDER BY id').bind(me.learner.id).all<{ credited: number }>();
    expect(rows.results.map((r) => r.credited)).toEqual([1, 1, 1, 0]);
    expect(await progressOf(me.token)).toMatchObject({ attempts: 4, bestScore: 0, passed: false, practiceAfter: 3 });
    const summary = await json(await call(`${path}/summary`, { token: me.token }));
    expect(summary).toMatchObject({ attemptsUsed: 4, bestScore: 0, passed: false, practiceAfter: 3 });
    expect(await boardOf(me.token)).toMatchObject({ modulesPassed: 0, quizPoints: 0 });
  });

  it('after a credited pass, later attempts are practice and cannot raise the score', async () => {
    const me = await newLearner();
    const pass = answersWith(quiz, Math.ceil(0.8 * quiz.questions.length));
    const r1 = await json(await call(path, { body: { answers: pass }, token: me.token }), 201);
    const r2 = await json(await call(path, { body: { answers: perfect() }, token: me.token }), 201);
    expect(r1).toMatchObject({ credited: true, passed: true, practiceAfter: null });
    expect(r2).toMatchObject({ credited: false, score: 100, bestScore: r1.score, practiceAfter: 1 });
    expect(await progressOf(me.token)).toMatchObject({ bestScore: r1.score, passed: true, practiceAfter: 1 });
    expect(await boardOf(me.token)).toMatchObject({ modulesPassed: 1, quizPoints: r1.score });
  });

  it('the migration backfills existing rows by the same rule', async () => {
    const me = await newLearner();
    for (const answers of [wrong(), wrong(), perfect(), wrong(), perfect()]) await json(await call(path, { body: { answers }, token: me.token }), 201);
    const other = await newLearner();
    for (const answers of [perfect(), perfect()]) await json(await call(path, { body: { answers }, token: other.token }), 201);
    const stored = async (id: string) => (await env.DB.prepare('SELECT credited FROM quiz_attempts WHERE learner_id = ? ORDER BY id').bind(id).all<{ credited: number }>()).results.map((r) => r.credited);
    const expected = [await stored(me.learner.id), await stored(other.learner.id)];
    expect(expected).toEqual([[1, 1, 1, 0, 0], [1, 0]]);
    await env.DB.prepare('UPDATE quiz_attempts SET credited = 1 WHERE learner_id IN (?, ?)').bind(me.learner.id, other.learner.id).run();
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.includes('attempt_credited'))!;
    const backfill = migration.queries.find((q) => q.trimStart().startsWith('UPDATE') || q.includes('UPDATE `quiz_attempts`'))!;
    await env.DB.prepare(backfill).run();
    expect([await stored(me.learner.id), await stored(other.learner.id)]).toEqual(expected);
  });
});
