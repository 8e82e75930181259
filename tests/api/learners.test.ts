import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, expectError, json } from './helpers/http';
import { newLearner, uniqueName } from './helpers/learners';
import { answersWith, quizWithAtLeast } from './helpers/quizzes';
import { honestSubmission } from './helpers/mnist';

describe('learners', () => {
  it('POST /api/learners creates a learner, shows token and recovery code once, stores only hashes', async () => {
    const name = uniqueName('Ada');
    const created = await newLearner(`  ${name}  `);
    expect(created.learner.displayName).toBe(name);
    expect(created.token).toMatch(/^tfk_[A-Za-z0-9_-]{43}$/);
    expect(created.recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    const row = await env.DB.prepare('SELECT * FROM learners WHERE id = ?').bind(created.learner.id).first<Record<string, string>>();
    expect(Object.values(row!).join(' ')).not.toContain(created.token);
    expect(Object.values(row!).join(' ')).not.toContain(created.recoveryCode);
    expect(row!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts Unicode letters and digits, and the vowel signs Indic and Thai names need', async () => {
    for (const name of [`Zoë ${Date.now() % 1e5}`, `学习者${Date.now() % 1e5}`, `Ωμέγα_${Date.now() % 1e5}.α`, `दीपिका ${Date.now() % 1e5}`, `สมชาย${Date.now() % 1e5}`]) {
      const created = await newLearner(name);
      expect(created.learner.displayName).toBe(name);
    }
  });

  it('display names are unique case-insensitively (409)', async () => {
    const name = uniqueName('Grace');
    await newLearner(name);
    const res = await call('/learners', { body: { displayName: name.toUpperCase() } });
    const body = await expectError(res, 409, 'name_taken');
    expect(body.error.details?.[0]?.path).toBe('displayName');
  });

  it('GET /api/learners/me returns the caller, 401 without or with a bad token', async () => {
    const a = await newLearner();
    expect(await json(await call('/learners/me', { token: a.token }))).toEqual({ learner: a.learner });
    const missing = await call('/learners/me');
    await expectError(missing, 401, 'unauthorized');
    expect(missing.headers.get('WWW-Authenticate')).toBe('Bearer');
    await expectError(await call('/learners/me', { token: `tfk_${'A'.repeat(43)}` }), 401, 'unauthorized');
    await expectError(await call('/learners/me', { headers: { Authorization: 'Basic abc' } }), 401, 'unauthorized');
  });

  it('PATCH /api/learners/me renames, keeping uniqueness', async () => {
    const a = await newLearner();
    const b = await newLearner();
    const renamed = uniqueName('Renamed');
    const res = await json(await call('/learners/me', { method: 'PATCH', token: a.token, body: { displayName: renamed } }));
    expect(res.learner.displayName).toBe(renamed);
    expect((await json(await call('/learners/me', { token: a.token }))).learner.displayName).toBe(renamed);
    await expectError(await call('/learners/me', { method: 'PATCH', token: b.token, body: { displayName: renamed.toLowerCase() } }), 409, 'name_taken');
    // Renaming to one's own name in another case is allowed only if it is not someone else's: here it is a's own.
    expect((await call('/learners/me', { method: 'PATCH', token: a.token, body: { displayName: renamed.toUpperCase() } })).status).toBe(200);
  });

  it('POST /api/learners/recover issues a new token and revokes the old one', async () => {
    const a = await newLearner();
    const typed = a.recoveryCode.toLowerCase().replace(/-/g, ' ');
    const recovered = await json(await call('/learners/recover', { body: { recoveryCode: typed } }));
    expect(recovered.learner.id).toBe(a.learner.id);
    expect(recovered.token).not.toBe(a.token);
    expect((await json(await call('/learners/me', { token: recovered.token }))).learner.id).toBe(a.learner.id);
    await expectError(await call('/learners/me', { token: a.token }), 401, 'unauthorized');
    await expectError(await call('/learners/recover', { body: { recoveryCode: 'AAAAA-BBBBB-CCCCC-DDDDD' } }), 401, 'invalid_recovery_code');
  });

  it('DELETE /api/learners/me erases the learner, attempts and submissions, and nothing of others', async () => {
    const a = await newLearner();
    const b = await newLearner();
    const quiz = quizWithAtLeast(3);
    for (const who of [a, b]) {
      await json(await call(`/quizzes/${quiz.module}/attempts`, { token: who.token, body: { answers: answersWith(quiz, 1) } }), 201);
      await json(await call('/submissions', { token: who.token, body: honestSubmission() }), 201);
    }
    const res = await json(await call('/learners/me', { method: 'DELETE', token: a.token }));
    expect(res.deleted).toEqual({ learner: a.learner.id, attempts: 1, submissions: 1 });
    for (const table of ['quiz_attempts', 'submissions']) {
      const left = await env.DB.prepare(`SELECT learner_id AS id, count(*) AS n FROM ${table} WHERE learner_id IN (?, ?) GROUP BY learner_id`).bind(a.learner.id, b.learner.id).all<{ id: string; n: number }>();
      expect(left.results).toEqual([{ id: b.learner.id, n: 1 }]);
    }
    await expectError(await call('/learners/me', { token: a.token }), 401, 'unauthorized');
    expect((await json(await call('/learners/me', { token: b.token }))).learner.id).toBe(b.learner.id);
  });
});

describe('token isolation', () => {
  it("one learner's token never reads or changes another's data", async () => {
    const a = await newLearner();
    const b = await newLearner();
    const quiz = quizWithAtLeast(3);
    await json(await call(`/quizzes/${quiz.module}/attempts`, { token: a.token, body: { answers: answersWith(quiz, quiz.questions.length) } }), 201);

    const progressA = await json(await call('/progress', { token: a.token }));
    const progressB = await json(await call('/progress', { token: b.token }));
    expect(progressA.modules.find((m: { module: string }) => m.module === quiz.module).attempts).toBe(1);
    expect(progressB.modules.find((m: { module: string }) => m.module === quiz.module).attempts).toBe(0);

    const summaryB = await json(await call(`/quizzes/${quiz.module}/attempts/summary`, { token: b.token }));
    expect(summaryB).toMatchObject({ attemptsUsed: 0, passed: false, reveal: null });

    // There is no route addressing a learner by id: /me is always the token's owner.
    expect((await call(`/learners/${a.learner.id}`, { token: b.token })).status).toBe(404);
    await call('/learners/me', { method: 'PATCH', token: b.token, body: { displayName: uniqueName('Bee') } });
    expect((await json(await call('/learners/me', { token: a.token }))).learner.displayName).toBe(a.learner.displayName);
  });
});
