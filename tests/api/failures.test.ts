import { createExecutionContext, env } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import app from '../../functions/index';
import { call, expectError, freshIp, json } from './helpers/http';
import { newLearner, uniqueName } from './helpers/learners';
import { tableCounts } from './helpers/db';
import { answersWith, quizWithAtLeast } from './helpers/quizzes';
import { honestSubmission } from './helpers/mnist';

/** A D1 binding whose every query fails the way the given error does. */
function failingD1(error: () => Error): D1Database {
  const fail = async () => {
    throw error();
  };
  const stmt = { bind: () => stmt, all: fail, raw: fail, run: fail, first: fail };
  return { prepare: () => stmt, batch: fail, exec: fail, dump: fail, withSession: () => ({ prepare: () => stmt, batch: fail }) } as unknown as D1Database;
}

/** The real app (the Worker's default export) with only the DB binding swapped. */
async function withDb(db: D1Database, path: string, init: RequestInit = {}): Promise<Response> {
  return app.fetch(new Request(`https://course.test/api${path}`, init), { ...env, DB: db }, createExecutionContext());
}

afterEach(() => vi.restoreAllMocks());

describe('D1 unavailable -> 503, other failures -> generic 500 with a structured log', () => {
  const token = `tfk_${'x'.repeat(43)}`;

  it('503 with Retry-After when D1 reports an outage', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await withDb(failingD1(() => new Error('D1_ERROR: Network connection lost.')), '/progress', { headers: { Authorization: `Bearer ${token}` } });
    await expectError(res, 503, 'service_unavailable');
    expect(res.headers.get('Retry-After')).toBe('5');
    expect(JSON.parse(String(log.mock.calls[0]![0]))).toMatchObject({ level: 'error', event: 'd1_unavailable', path: '/api/progress' });
  });

  it('503 also for a write path (creating a learner)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await withDb(failingD1(() => new Error('D1_ERROR: D1 DB is overloaded. Too many requests queued.')), '/learners', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': freshIp() },
      body: JSON.stringify({ displayName: uniqueName() }),
    });
    await expectError(res, 503, 'service_unavailable');
  });

  it('500 with a generic message; the cause goes only to the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await withDb(failingD1(() => new TypeError('secret internal detail')), '/leaderboards/cnn');
    const body = await expectError(res, 500, 'internal_error');
    expect(JSON.stringify(body)).not.toContain('secret internal detail');
    const entry = JSON.parse(String(log.mock.calls[0]![0]));
    expect(entry).toMatchObject({ level: 'error', event: 'unhandled_error', method: 'GET', path: '/api/leaderboards/cnn' });
    expect(JSON.stringify(entry.cause)).toContain('secret internal detail');
  });
});

describe('rate limits (the real Workers rate-limiting bindings from wrangler.toml)', () => {
  it('learner creation: 429 with Retry-After per IP, and the refused request writes nothing', async () => {
    const ip = freshIp();
    let res: Response | undefined;
    // The limit is 5 per 60 s window; a window boundary can reset the count once, hence the margin.
    for (let i = 0; i < 12; i++) {
      const before = await tableCounts();
      res = await call('/learners', { body: { displayName: uniqueName('rl') }, ip });
      if (res.status === 429) {
        expect(await tableCounts()).toEqual(before);
        break;
      }
      expect(res.status).toBe(201);
    }
    await expectError(res!, 429, 'rate_limited');
    expect(res!.headers.get('Retry-After')).toBe('60');
    // Another address is unaffected.
    expect((await call('/learners', { body: { displayName: uniqueName('rl') } })).status).toBe(201);
  });

  it('grading: limited per learner even when the learner changes IP', async () => {
    const me = await newLearner();
    const quiz = quizWithAtLeast(1);
    const statuses: number[] = [];
    for (let i = 0; i < 45 && !statuses.includes(429); i++) {
      statuses.push((await call(`/quizzes/${quiz.module}/attempts`, { token: me.token, body: { answers: answersWith(quiz, 0) } })).status);
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(20);
  });

  it('submissions: limited per learner', async () => {
    const me = await newLearner();
    const statuses: number[] = [];
    for (let i = 0; i < 14 && !statuses.includes(429); i++) {
      statuses.push((await call('/submissions', { token: me.token, body: honestSubmission() })).status);
    }
    expect(statuses).toContain(429);
    const last = await call('/submissions', { token: me.token, body: honestSubmission() });
    if (last.status === 429) expect(last.headers.get('Retry-After')).toBe('60');
  });

  it('guests are limited per IP on grading', async () => {
    const ip = freshIp();
    const quiz = quizWithAtLeast(1);
    let status = 0;
    for (let i = 0; i < 45 && status !== 429; i++) status = (await call(`/quizzes/${quiz.module}/attempts`, { ip, body: { answers: {} } })).status;
    expect(status).toBe(429);
    expect((await call('/health', { ip })).status).toBe(200);
  });
});

