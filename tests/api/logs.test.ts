import { env } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../functions/lib/crypto';
import { call, expectError } from './helpers/http';
import { newLearner } from './helpers/learners';
import { honestSubmission } from './helpers/mnist';
import { answersWith, quizWithAtLeast } from './helpers/quizzes';

/** Makes every insert into `table` fail inside SQLite, so drizzle raises its real "Failed query" error. */
async function failInserts(table: string): Promise<() => Promise<void>> {
  const name = `fail_${table}_${crypto.randomUUID().replace(/-/g, '')}`;
  await env.DB.prepare(`CREATE TRIGGER ${name} BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'forced failure for the log test'); END`).run();
  return async () => void (await env.DB.prepare(`DROP TRIGGER ${name}`).run());
}

/** Every string inside a logged value: JSON lines are decoded so escaped quotes cannot hide data. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'object' && parsed !== null) return [value, ...texts(parsed)];
    } catch {
      /* not JSON: the text itself */
    }
    return [value];
  }
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(texts);
  return [String(value)];
}

/** Everything written to console.error while `run` runs, raw and decoded, as one string. */
async function captureLogs(run: () => Promise<void>): Promise<string> {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  await run();
  return spy.mock.calls.flatMap((args) => args.flatMap(texts)).join('\n');
}

afterEach(() => vi.restoreAllMocks());

describe('logs never contain request data, even on a 500', () => {
  it('a failed submission logs the event but no predictions, token or token hash', async () => {
    const me = await newLearner();
    const body = honestSubmission();
    const undo = await failInserts('submissions');
    let logs = '';
    try {
      logs = await captureLogs(async () => {
        await expectError(await call('/submissions', { token: me.token, body }), 500, 'internal_error');
      });
    } finally {
      await undo();
    }
    expect(logs).toContain('unhandled_error');
    expect(logs).toContain('forced failure for the log test');
    expect(logs).not.toContain(body.predictions.slice(0, 40).join(''));
    expect(logs).not.toContain(me.token);
    expect(logs).not.toContain(await sha256Hex(me.token));
    expect(logs).not.toContain(me.learner.id);
  });

  it('a failed quiz attempt logs no answers and no stored result', async () => {
    const me = await newLearner();
    const quiz = quizWithAtLeast(1);
    const answers = answersWith(quiz, quiz.questions.length);
    const undo = await failInserts('quiz_attempts');
    let logs = '';
    try {
      logs = await captureLogs(async () => {
        await expectError(await call(`/quizzes/${quiz.module}/attempts`, { token: me.token, body: { answers } }), 500, 'internal_error');
      });
    } finally {
      await undo();
    }
    expect(logs).toContain('unhandled_error');
    expect(logs).not.toContain(JSON.stringify(answers).slice(1, -1));
    // The stored result JSON (its keys followed by values) must not appear; column names may.
    expect(logs).not.toMatch(/"feedback":|"questions":\[/);
    expect(logs).not.toContain(me.learner.id);
    expect(logs).not.toContain(await sha256Hex(me.token));
  });
});
