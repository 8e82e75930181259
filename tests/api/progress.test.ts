import { describe, expect, it } from 'vitest';
import { call, expectError, json } from './helpers/http';
import { newLearner } from './helpers/learners';
import { fixtureCorrect, submissionWithErrors } from './helpers/mnist';
import { answersWith, quizWithAtLeast } from './helpers/quizzes';
import { MODULE_SLUGS } from '../../functions/course/modules';

describe('GET /api/progress', () => {
  it('lists all 25 modules with best score, pass, attempts, the CNN best accuracy and overall completion', async () => {
    const me = await newLearner();
    const quiz = quizWithAtLeast(3);
    await json(await call(`/quizzes/${quiz.module}/attempts`, { token: me.token, body: { answers: answersWith(quiz, 0) } }), 201);
    await json(await call(`/quizzes/${quiz.module}/attempts`, { token: me.token, body: { answers: answersWith(quiz, quiz.questions.length) } }), 201);
    await json(await call('/submissions', { token: me.token, body: submissionWithErrors(200) }), 201);
    await json(await call('/submissions', { token: me.token, body: submissionWithErrors(400) }), 201);
    const p = await json(await call('/progress', { token: me.token }));
    expect(p.modules.map((m: { module: string }) => m.module)).toEqual([...MODULE_SLUGS]);
    expect(p.modules.find((m: { module: string }) => m.module === quiz.module)).toMatchObject({ hasQuiz: true, attempts: 2, bestScore: 100, passed: true });
    expect(p.modules.find((m: { module: string }) => m.module === 'cnn')).toMatchObject({ cnnBestAccuracy: (fixtureCorrect() - 200) / 10_000, cnnSubmissions: 2 });
    expect(p.overall).toEqual({ completed: 1, total: 25, completion: 1 / 25 });
  });

  it('needs a token', async () => {
    await expectError(await call('/progress'), 401, 'unauthorized');
  });
});
