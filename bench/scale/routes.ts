/**
 * Every API route of the Worker, measured against one seeded size. Learners made here through
 * the API (their tokens are needed) have an attempt and a submission, so they hold a rank.
 */
import { answers, type Quiz } from './quizzes.ts';
import { measure, send, type RouteStats } from './measure.ts';
import { verifiedSubmission } from './submission.ts';


type Me = { token: string; recoveryCode: string };

async function learner(url: string, name: string, quiz: Quiz): Promise<Me> {
  const res = await send(url, { path: '/learners', body: { displayName: name } });
  if (res.status !== 201) throw new Error(`create learner: ${res.status} ${await res.text()}`);
  const me = (await res.json()) as Me;
  await send(url, { path: `/quizzes/${quiz.module}/attempts`, token: me.token, body: { answers: answers(quiz, true) } });
  await send(url, { path: '/submissions', token: me.token, body: verifiedSubmission() });
  return me;
}

export async function measureRoutes(url: string, quizzes: Quiz[], n: { reads: number; writes: number }, tag: string): Promise<Record<string, RouteStats>> {
  const q0 = quizzes[0]!;
  const pool: Me[] = [];
  for (let i = 0; i < 10; i++) pool.push(await learner(url, `Bench ${tag} ${i}`, q0));
  const me = (i: number) => pool[i % pool.length]!;
  const quiz = (i: number) => quizzes[i % quizzes.length]!;
  const out: Record<string, RouteStats> = {};
  const R = n.reads, W = n.writes;
  out['GET /api/health'] = await measure(url, R, () => ({ path: '/health' }));
  out['POST /api/learners'] = await measure(url, W, (i) => ({ path: '/learners', body: { displayName: `New ${tag} ${i}` } }));
  out['GET /api/learners/me'] = await measure(url, R, (i) => ({ path: '/learners/me', token: me(i).token }));
  out['PATCH /api/learners/me'] = await measure(url, W, (i) => ({ method: 'PATCH', path: '/learners/me', token: me(i).token, body: { displayName: `Renamed ${tag} ${i}` } }));
  const rec = await learner(url, `Recover ${tag}`, q0);
  out['POST /api/learners/recover'] = await measure(url, W, () => ({ path: '/learners/recover', body: { recoveryCode: rec.recoveryCode } }), {
    after: async (res) => { const b = (await res.json()) as Partial<Me>; if (b.recoveryCode) rec.recoveryCode = b.recoveryCode; },
  });
  let doomed: Me | null = null;
  out['DELETE /api/learners/me'] = await measure(url, W, () => ({ method: 'DELETE', path: '/learners/me', token: doomed!.token }), {
    prepare: async (i) => { doomed = await learner(url, `Leaving ${tag} ${i}`, q0); },
  });
  out['POST /api/quizzes/:module/attempts'] = await measure(url, W, (i) => ({ path: `/quizzes/${quiz(i).module}/attempts`, token: me(i).token, body: { answers: answers(quiz(i), i % 3 === 2) } }));
  out['GET /api/quizzes/:module/attempts/summary'] = await measure(url, R, (i) => ({ path: `/quizzes/${quiz(i).module}/attempts/summary`, token: me(i).token }));
  out['GET /api/progress'] = await measure(url, R, (i) => ({ path: '/progress', token: me(i).token }));
  out['POST /api/submissions'] = await measure(url, W, (i) => ({ path: '/submissions', token: me(i).token, body: verifiedSubmission() }));
  for (const board of ['course', 'cnn'] as const) {
    const path = `/leaderboards/${board}?limit=10`;
    out[`GET /api/leaderboards/${board} (guest)`] = await measure(url, R, () => ({ path }));
    out[`GET /api/leaderboards/${board} (with me)`] = await measure(url, R, (i) => ({ path, token: me(i).token }));
    // A write just before each read drops the cached top list: the database path.
    const invalidate = board === 'course'
      ? (i: number) => send(url, { path: `/quizzes/${q0.module}/attempts`, token: me(i).token, body: { answers: answers(q0, false) } }).then(() => undefined)
      : (i: number) => send(url, { path: '/submissions', token: me(i).token, body: verifiedSubmission() }).then(() => undefined);
    out[`GET /api/leaderboards/${board} (after a write: cache miss)`] = await measure(url, Math.max(5, Math.round(R / 4)), (i) => ({ path, token: me(i).token }), { prepare: invalidate });
  }
  return out;
}
