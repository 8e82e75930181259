import { describe, expect, it } from 'vitest';
import { call, expectError } from './helpers/http';
import { newLearner } from './helpers/learners';
import { SUBMISSION_BODY_LIMIT } from '../../functions/middleware/body';
import { honestSubmission, metadata } from './helpers/mnist';
import { tableCounts } from './helpers/db';
import { completeWith, firstQuizWith, quizWithAtLeast } from './helpers/quizzes';

/**
 * Table-driven bad input: every case must get the 4xx envelope with the expected code
 * and leave every table's row count unchanged ("a rejected request writes nothing").
 * `auth: 'fresh'` gives the case its own learner so per-learner rate limits never interfere.
 */
type Case = {
  name: string;
  path: string;
  method?: string;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  auth?: 'fresh';
  status: number;
  code: string;
};

const quiz = quizWithAtLeast(1);
const numeric = firstQuizWith('numeric')!;
const A = `/quizzes/${quiz.module}/attempts`;
const good = honestSubmission();
const subm = (patch: Record<string, unknown>) => ({ ...good, ...patch });
const meta = (patch: Record<string, unknown>) => subm({ metadata: { ...metadata, ...patch } });
const name = (displayName: unknown) => ({ displayName });

const cases: Case[] = [
  // Learners: sign-up
  { name: 'malformed JSON', path: '/learners', raw: '{"displayName":', status: 400, code: 'malformed_json' },
  { name: 'empty JSON body', path: '/learners', raw: '', status: 400, code: 'malformed_json' },
  { name: 'NaN literal is not JSON', path: '/learners', raw: '{"displayName": NaN}', status: 400, code: 'malformed_json' },
  { name: 'body is an array', path: '/learners', body: [], status: 400, code: 'invalid_body' },
  { name: 'body is null', path: '/learners', body: null, status: 400, code: 'invalid_body' },
  { name: 'displayName missing', path: '/learners', body: {}, status: 400, code: 'invalid_body' },
  { name: 'displayName is a number', path: '/learners', body: name(42), status: 400, code: 'invalid_body' },
  { name: 'displayName is an object', path: '/learners', body: name({ $ne: null }), status: 400, code: 'invalid_body' },
  { name: 'displayName too short', path: '/learners', body: name('a'), status: 400, code: 'invalid_body' },
  { name: 'displayName too long (33)', path: '/learners', body: name('a'.repeat(33)), status: 400, code: 'invalid_body' },
  { name: 'displayName only spaces', path: '/learners', body: name('      '), status: 400, code: 'invalid_body' },
  { name: 'SQL injection in displayName', path: '/learners', body: name("x'); DROP TABLE learners;--"), status: 400, code: 'invalid_body' },
  { name: 'HTML in displayName', path: '/learners', body: name('<script>alert(1)</script>'), status: 400, code: 'invalid_body' },
  { name: 'zero-width space', path: '/learners', body: name('ab\u200Bcd'), status: 400, code: 'invalid_body' },
  { name: 'NUL control character', path: '/learners', body: name('ab\u0000cd'), status: 400, code: 'invalid_body' },
  { name: 'right-to-left override', path: '/learners', body: name('ab\u202Ecd'), status: 400, code: 'invalid_body' },
  { name: 'emoji', path: '/learners', body: name('😀😀😀'), status: 400, code: 'invalid_body' },
  { name: 'stacked combining marks', path: '/learners', body: name('a\u0301\u0301\u0301b'), status: 400, code: 'invalid_body' },
  { name: 'double space', path: '/learners', body: name('ab  cd'), status: 400, code: 'invalid_body' },
  { name: 'Cyrillic look-alike in a Latin name', path: '/learners', body: name('p\u0430ypal'), status: 400, code: 'invalid_body' },
  { name: 'combining mark after a space', path: '/learners', body: name('ab \u0301cd'), status: 400, code: 'invalid_body' },
  { name: 'unknown extra field', path: '/learners', body: { displayName: 'extra field', admin: true }, status: 400, code: 'invalid_body' },
  { name: '__proto__ key', path: '/learners', raw: '{"displayName":"proto name","__proto__":{"admin":true}}', status: 400, code: 'invalid_body' },
  { name: 'oversized body', path: '/learners', body: name('x'.repeat(9000)), status: 413, code: 'payload_too_large' },
  { name: 'form-encoded body', path: '/learners', raw: 'displayName=abc', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, status: 415, code: 'unsupported_media_type' },
  { name: 'text/plain body', path: '/learners', raw: '{"displayName":"plain text"}', headers: { 'Content-Type': 'text/plain' }, status: 415, code: 'unsupported_media_type' },
  // Learners: recovery, rename, tokens
  { name: 'recovery code wrong type', path: '/learners/recover', body: { recoveryCode: 12345678901 }, status: 400, code: 'invalid_body' },
  { name: 'recovery code SQL injection', path: '/learners/recover', body: { recoveryCode: "' OR '1'='1' --" }, status: 401, code: 'invalid_recovery_code' },
  { name: 'rename without token', path: '/learners/me', method: 'PATCH', body: name('New Name'), status: 401, code: 'unauthorized' },
  { name: 'rename to invalid name', path: '/learners/me', method: 'PATCH', body: name('no/slashes'), auth: 'fresh', status: 400, code: 'invalid_body' },
  { name: 'malformed bearer token', path: '/learners/me', headers: { Authorization: 'Bearer abc' }, status: 401, code: 'unauthorized' },
  { name: 'unknown bearer token', path: '/progress', headers: { Authorization: `Bearer tfk_${'z'.repeat(43)}` }, status: 401, code: 'unauthorized' },
  { name: 'delete without token', path: '/learners/me', method: 'DELETE', status: 401, code: 'unauthorized' },
  // Quiz attempts
  { name: 'unknown module', path: '/quizzes/no-such-module/attempts', body: { answers: {} }, status: 404, code: 'unknown_module' },
  { name: 'SQL injection in module', path: `/quizzes/${encodeURIComponent("cnn' OR 1=1--")}/attempts`, body: { answers: {} }, status: 400, code: 'invalid_param' },
  { name: 'path traversal in module', path: '/quizzes/..%2F..%2Fsecrets/attempts', body: { answers: {} }, status: 400, code: 'invalid_param' },
  { name: 'answers missing', path: A, body: {}, status: 400, code: 'invalid_body' },
  { name: 'answers is an array', path: A, body: { answers: ['a'] }, status: 400, code: 'invalid_body' },
  { name: 'answer is a boolean', path: A, body: { answers: completeWith(quiz, { [quiz.questions[0]!.id]: true }) }, status: 422, code: 'invalid_answer' },
  { name: 'answer is an object', path: A, body: { answers: completeWith(quiz, { [quiz.questions[0]!.id]: { $gt: '' } }) }, status: 422, code: 'invalid_answer' },
  { name: 'answer too long', path: A, body: { answers: completeWith(quiz, { [quiz.questions[0]!.id]: 'x'.repeat(201) }) }, status: 422, code: 'invalid_answer' },
  { name: 'too many answers', path: A, body: { answers: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`q${i}`, 'a'])) }, status: 400, code: 'invalid_body' },
  { name: 'question id with SQL', path: A, body: { answers: completeWith(quiz, { "q1' OR 1=1": 'a' }) }, status: 422, code: 'unknown_question' },
  { name: 'unknown question id', path: A, body: { answers: completeWith(quiz, { 'q-does-not-exist': 'a' }) }, status: 422, code: 'unknown_question' },
  { name: 'empty attempt', path: A, body: { answers: {} }, status: 422, code: 'incomplete_attempt' },
  { name: 'numeric question given text', path: `/quizzes/${numeric.quiz.module}/attempts`, body: { answers: completeWith(numeric.quiz, { [numeric.question.id]: 'NaN' }) }, status: 422, code: 'invalid_answer' },
  { name: 'client-sent score', path: A, body: { answers: {}, score: 100 }, status: 400, code: 'invalid_body' },
  { name: 'Idempotency-Key too short', path: A, body: { answers: {} }, headers: { 'Idempotency-Key': 'abc' }, auth: 'fresh', status: 400, code: 'invalid_header' },
  { name: 'Idempotency-Key with spaces', path: A, body: { answers: {} }, headers: { 'Idempotency-Key': 'abc def ghi jkl' }, auth: 'fresh', status: 400, code: 'invalid_header' },
  // Submissions
  { name: 'submission without token', path: '/submissions', body: good, status: 401, code: 'unauthorized' },
  { name: '9,999 predictions', path: '/submissions', body: subm({ predictions: good.predictions.slice(1) }), auth: 'fresh', status: 400, code: 'invalid_body' },
  { name: '10,001 predictions', path: '/submissions', body: subm({ predictions: [...good.predictions, 1] }), auth: 'fresh', status: 400, code: 'invalid_body' },
  { name: 'no predictions', path: '/submissions', body: subm({ predictions: [] }), auth: 'fresh', status: 400, code: 'invalid_body' },
  { name: 'prediction 10', path: '/submissions', body: subm({ predictions: [10, ...good.predictions.slice(1)] }), auth: 'fresh', status: 400, code: 'invalid_body' },
  { name: 'prediction -1', path: '/submissions', body: subm({ predictions: [-1, ...good.predictions.slice(1)] }), auth: 'fresh', status: 400, code: 'invalid_body' },
  { name: 'prediction 1.5', path: '/submissions', body: subm({ predictions: [1.5, ...good.predictions.slice(1)] }), auth: 'fresh', status: 400, code: 'invalid_body' },
  { name: 'predictions as strings', path: '/submissions', body: subm({ predictions: good.predictions.map(String) }), auth: 'fresh', status: 400, code: 'invalid_body' },
  { name: 'predictions as one string', path: '/submissions', body: subm({ predictions: good.predictions.join('') }), auth: 'fresh', status: 400, code: 'invalid_body' },
  { name: 'predictions null', path: '/submissions', body: subm({ predictions: null }), auth: 'fresh', status: 400, code: 'invalid_body' },
  { name: 'metadata missing', path: '/submissions', body: { predictions: good.predictions }, auth: 'fresh', status: 400, code: 'invalid_body' },
  { name: 'unknown backend', path: '/submissions', body: meta({ backend: 'tpu' }), auth: 'fresh', status: 400, code: 'invalid_body' },
  { name: 'zero epochs', path: '/submissions', body: meta({ epochs: 0 }), auth: 'fresh', status: 400, code: 'invalid_body' },
  { name: 'negative training time', path: '/submissions', body: meta({ trainingSeconds: -3 }), auth: 'fresh', status: 400, code: 'invalid_body' },
  { name: 'client-sent accuracy', path: '/submissions', body: subm({ accuracy: 1 }), auth: 'fresh', status: 400, code: 'invalid_body' },
  { name: 'oversized submission', path: '/submissions', raw: JSON.stringify(subm({ pad: 'x'.repeat(SUBMISSION_BODY_LIMIT) })), auth: 'fresh', status: 413, code: 'payload_too_large' },
  // Leaderboards
  { name: 'limit 0', path: '/leaderboards/cnn?limit=0', status: 400, code: 'invalid_query' },
  { name: 'limit -1', path: '/leaderboards/course?limit=-1', status: 400, code: 'invalid_query' },
  { name: 'limit too large', path: '/leaderboards/cnn?limit=1000000000', status: 400, code: 'invalid_query' },
  { name: 'limit with SQL', path: `/leaderboards/cnn?limit=${encodeURIComponent('1; DROP TABLE submissions')}`, status: 400, code: 'invalid_query' },
  { name: 'unknown route', path: '/admin', status: 404, code: 'not_found' },
];

describe(`bad input (${cases.length} cases): 4xx envelope and nothing written`, () => {
  it('has at least 40 cases', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  for (const c of cases) {
    it(`${c.status} ${c.code}: ${c.name}`, async () => {
      const token = c.auth === 'fresh' ? (await newLearner()).token : undefined;
      const before = await tableCounts();
      const res = await call(c.path, { method: c.method ?? (c.body !== undefined || c.raw !== undefined ? 'POST' : 'GET'), body: c.body, raw: c.raw, headers: c.headers, token });
      await expectError(res, c.status, c.code);
      expect(await tableCounts()).toEqual(before);
    });
  }
});
