import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call } from './helpers/http';
import { newLearner, uniqueName } from './helpers/learners';
import { answersWith, quizWithAtLeast } from './helpers/quizzes';
import { honestSubmission } from './helpers/mnist';

/** Statuses a write may get when DELETE /learners/me runs at the same time: done, limited, or gone. */
const ALLOWED = new Set([200, 201, 401, 404, 429]);

describe('writes racing DELETE /learners/me', () => {
  it('50 concurrent writes get 2xx, 401/404 (or 429), never 500, and leave nothing behind', async () => {
    const me = await newLearner();
    const quiz = quizWithAtLeast(1);
    // Renames are unlimited, so most writes reach the database; attempts and submissions hit their own limits.
    const write = (i: number): Promise<Response> => {
      if (i % 5 === 0) return call(`/quizzes/${quiz.module}/attempts`, { token: me.token, body: { answers: answersWith(quiz, 1) } });
      if (i % 7 === 0) return call('/submissions', { token: me.token, body: honestSubmission() });
      return call('/learners/me', { method: 'PATCH', token: me.token, body: { displayName: uniqueName('race') } });
    };
    const writes = Array.from({ length: 50 }, (_, i) => write(i));
    const erase = call('/learners/me', { method: 'DELETE', token: me.token });
    const responses = await Promise.all([...writes, erase]);
    const statuses = await Promise.all(responses.map(async (r) => ({ status: r.status, body: await r.text() })));
    const bad = statuses.filter((s) => !ALLOWED.has(s.status));
    expect(bad, 'unexpected statuses').toEqual([]);
    // The race really happened: some writes were refused because the learner was gone.
    expect(statuses.slice(0, 50).some((s) => s.status === 401 || s.status === 404)).toBe(true);
    for (const table of ['learners', 'quiz_attempts', 'submissions']) {
      const column = table === 'learners' ? 'id' : 'learner_id';
      const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`).bind(me.learner.id).first<{ n: number }>();
      expect(row!.n, `${table} rows left`).toBe(0);
    }
  }, 60_000);
});
