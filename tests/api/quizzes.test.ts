import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, expectError, json } from './helpers/http';
import { newLearner } from './helpers/learners';
import { answersWith, completeWith, firstQuizWith, quizList, quizWithAtLeast, rightAnswer, wrongAnswer } from './helpers/quizzes';
import { tableCounts } from './helpers/db';

const attempt = (module: string, answers: unknown, token?: string, headers?: Record<string, string>) =>
  call(`/quizzes/${module}/attempts`, { body: { answers }, token, headers });

describe('POST /api/quizzes/:module/attempts (server-side answer keys)', () => {
  it('grades every question type, right and wrong, for every quiz present', async () => {
    expect(quizList().length).toBeGreaterThan(0);
    for (const type of ['single', 'multiple', 'numeric', 'shape'] as const) {
      const found = firstQuizWith(type);
      expect(found, `no quiz has a "${type}" question yet`).not.toBeNull();
      const { quiz, question } = found!;
      for (const [answer, correct] of [[rightAnswer(question), true], [wrongAnswer(question), false]] as const) {
        const res = await json(await attempt(quiz.module, completeWith(quiz, { [question.id]: answer })));
        expect(res.questions.find((q: { id: string }) => q.id === question.id).correct, `${type} ${JSON.stringify(answer)}`).toBe(correct);
      }
    }
  });

  it('numeric answers count within the tolerance only, shapes in any notation', async () => {
    const num = firstQuizWith('numeric')!;
    const q = num.question as { id: string; answer: number; tolerance: number };
    const at = (v: number) => attempt(num.quiz.module, completeWith(num.quiz, { [q.id]: v })).then((r) => json(r)).then((b) => b.questions.find((x: { id: string }) => x.id === q.id).correct);
    expect(await at(q.answer + q.tolerance)).toBe(true);
    expect(await at(q.answer - q.tolerance * 1.5 - 0.5)).toBe(false);
    const shp = firstQuizWith('shape')!;
    const dims = (shp.question as { dims: (number | null)[] }).dims.map((d) => d ?? 'null');
    const messy = ` [${dims.join(' x ')}]. `;
    const res = await json(await attempt(shp.quiz.module, completeWith(shp.quiz, { [shp.question.id]: messy })));
    expect(res.questions.find((x: { id: string }) => x.id === shp.question.id).correct).toBe(true);
  });

  it('guests: graded, nothing stored, reveal only on a pass', async () => {
    const quiz = quizWithAtLeast(3);
    const before = await tableCounts();
    const fail = await json(await attempt(quiz.module, answersWith(quiz, 0)));
    expect(fail).toMatchObject({ passed: false, score: 0, attemptsUsed: null, reveal: null });
    const pass = await json(await attempt(quiz.module, answersWith(quiz, quiz.questions.length)));
    expect(pass).toMatchObject({ passed: true, score: 100 });
    expect(pass.reveal).toHaveLength(quiz.questions.length);
    expect(pass.reveal[0].explanation).toBe(quiz.questions[0]!.explanation);
    expect(await tableCounts()).toEqual(before);
  });

  it('learners: every attempt stored, best score kept, reveal after 3 failed attempts', async () => {
    const me = await newLearner();
    const quiz = quizWithAtLeast(3);
    const results = [];
    for (const right of [1, 0, 1]) results.push(await json(await attempt(quiz.module, answersWith(quiz, right), me.token), 201));
    expect(results.map((r) => r.attemptsUsed)).toEqual([1, 2, 3]);
    expect(results.map((r) => r.reveal === null)).toEqual([true, true, false]);
    expect(results[2].bestScore).toBe(results[0].score);
    expect(results[0].feedback).toMatch(/2 more attempts/);
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM quiz_attempts WHERE learner_id = ?').bind(me.learner.id).first<{ n: number }>();
    expect(rows!.n).toBe(3);
    const summary = await json(await call(`/quizzes/${quiz.module}/attempts/summary`, { token: me.token }));
    expect(summary).toMatchObject({ module: quiz.module, attemptsUsed: 3, bestScore: results[0].score, passed: false });
    expect(summary.reveal).toHaveLength(quiz.questions.length);
  });

  it('learners: a pass reveals at once and keeps revealing on later failures', async () => {
    const me = await newLearner();
    const quiz = quizWithAtLeast(3);
    const pass = await json(await attempt(quiz.module, answersWith(quiz, quiz.questions.length), me.token), 201);
    expect(pass).toMatchObject({ passed: true, score: 100, attemptsUsed: 1, bestScore: 100 });
    expect(pass.reveal).not.toBeNull();
    const later = await json(await attempt(quiz.module, answersWith(quiz, 0), me.token), 201);
    expect(later).toMatchObject({ passed: false, score: 0, bestScore: 100, attemptsUsed: 2 });
    expect(later.reveal).not.toBeNull();
  });

  it('simultaneous attempts (two tabs, no Idempotency-Key) each get their own attempt number', async () => {
    const me = await newLearner();
    const quiz = quizWithAtLeast(3);
    const results = await Promise.all([1, 0, 2].map((right) => attempt(quiz.module, answersWith(quiz, right), me.token).then((r) => json(r, 201))));
    expect(results.map((r) => r.attemptsUsed).sort()).toEqual([1, 2, 3]);
    // Each answer's record counts the attempts stored up to and including it, in insertion order.
    const rows = await env.DB.prepare('SELECT score, result FROM quiz_attempts WHERE learner_id = ? ORDER BY id').bind(me.learner.id).all<{ score: number; result: string }>();
    let best = 0;
    rows.results.forEach((row, i) => {
      best = Math.max(best, row.score);
      expect(JSON.parse(row.result)).toMatchObject({ attemptsUsed: i + 1, bestScore: best });
    });
    // Only the record after each attempt is stored (replays re-grade the stored answers), and it matches what was answered.
    const record = (r: { attemptsUsed: number; bestScore: number; passedEver?: boolean; passed?: boolean }) => ({ attemptsUsed: r.attemptsUsed, bestScore: r.bestScore });
    expect(rows.results.map((r) => record(JSON.parse(r.result))).sort((a, b) => a.attemptsUsed - b.attemptsUsed)).toEqual(results.map(record).sort((a, b) => a.attemptsUsed - b.attemptsUsed));
  });

  it('a retried attempt with the same Idempotency-Key is stored once and replayed', async () => {
    const me = await newLearner();
    const quiz = quizWithAtLeast(3);
    const headers = { 'Idempotency-Key': `attempt-${crypto.randomUUID()}` };
    const first = await json(await attempt(quiz.module, answersWith(quiz, 1), me.token, headers), 201);
    const again = await attempt(quiz.module, answersWith(quiz, 1), me.token, headers);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await json(again)).toEqual(first);
    const n = await env.DB.prepare('SELECT count(*) AS n FROM quiz_attempts WHERE learner_id = ?').bind(me.learner.id).first<{ n: number }>();
    expect(n!.n).toBe(1);
    // Concurrent duplicates still land once (the unique index decides).
    const key = { 'Idempotency-Key': `attempt-${crypto.randomUUID()}` };
    const both = await Promise.all([attempt(quiz.module, answersWith(quiz, 2), me.token, key), attempt(quiz.module, answersWith(quiz, 2), me.token, key)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    const m = await env.DB.prepare('SELECT count(*) AS n FROM quiz_attempts WHERE learner_id = ?').bind(me.learner.id).first<{ n: number }>();
    expect(m!.n).toBe(2);
    // The same key for a different request is refused and writes nothing.
    await expectError(await attempt(quiz.module, answersWith(quiz, 0), me.token, headers), 422, 'idempotency_key_reused');
  });

  it('unknown module 404, module without a quiz 404, unknown question 422', async () => {
    await expectError(await attempt('not-a-module', { q1: 'a' }), 404, 'unknown_module');
    const withoutQuiz = ['tensors', 'first-network', 'training', 'cnn', 'capstone', 'deployment'].find((m) => !quizList().some((q) => q.module === m));
    if (withoutQuiz) {
      const body = await expectError(await attempt(withoutQuiz, {}), 404, 'quiz_not_found');
      expect(body.error.message).toContain(withoutQuiz);
    }
    const quiz = quizWithAtLeast(1);
    const body = await expectError(await attempt(quiz.module, completeWith(quiz, { 'no-such-question': 'a' })), 422, 'unknown_question');
    expect(body.error.details?.map((d) => d.path)).toEqual(['answers.no-such-question']);
  });

  it('the summary needs a token', async () => {
    await expectError(await call(`/quizzes/${quizWithAtLeast(1).module}/attempts/summary`), 401, 'unauthorized');
  });
});
