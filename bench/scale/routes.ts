/**
 * Every API route of the Worker, measured on several seeded sizes at once (one Worker per size,
 * requests interleaved: see measure). Learners made here through the API (their tokens are
 * needed) have an attempt and a submission, so they hold a rank.
 */
import { answers, type Quiz } from './quizzes.ts';
import { measure, send, type RouteStats } from './measure.ts';
import { verifiedSubmission } from './submission.ts';

type Me = { token: string; recoveryCode: string };
/** One seeded size under test: its Worker, and the learners this run made there. */
type Target = { url: string; tag: string; pool: Me[]; rec: Me; doomed: Me | null };

async function learner(url: string, name: string, quiz: Quiz): Promise<Me> {
  const res = await send(url, { path: '/learners', body: { displayName: name } });
  if (res.status !== 201) throw new Error(`create learner: ${res.status} ${await res.text()}`);
  const me = (await res.json()) as Me;
  await send(url, { path: `/quizzes/${quiz.module}/attempts`, token: me.token, body: { answers: answers(quiz, true) } });
  await send(url, { path: '/submissions', token: me.token, body: verifiedSubmission() });
  return me;
}

async function target(url: string, tag: string, q0: Quiz): Promise<Target> {
  const pool: Me[] = [];
  for (let i = 0; i < 10; i++) pool.push(await learner(url, `Bench ${tag} ${i}`, q0));
  return { url, tag, pool, rec: await learner(url, `Recover ${tag}`, q0), doomed: null };
}

/** Route name -> stats, one record per entry of `workers` (same order). */
export async function measureRoutes(workers: { url: string; tag: string }[], quizzes: Quiz[], n: { reads: number; writes: number }): Promise<Record<string, RouteStats>[]> {
  const q0 = quizzes[0]!;
  const targets: Target[] = [];
  for (const w of workers) targets.push(await target(w.url, w.tag, q0));
  const me = (t: Target, i: number) => t.pool[i % t.pool.length]!;
  const quiz = (i: number) => quizzes[i % quizzes.length]!;
  const out: Record<string, RouteStats>[] = targets.map(() => ({}));
  const put = (route: string, stats: RouteStats[]) => stats.forEach((s, k) => { out[k]![route] = s; });
  const R = n.reads, W = n.writes;
  put('GET /api/health', await measure(targets, R, () => ({ path: '/health' })));
  put('POST /api/learners', await measure(targets, W, (t, i) => ({ path: '/learners', body: { displayName: `New ${t.tag} ${i}` } })));
  put('GET /api/learners/me', await measure(targets, R, (t, i) => ({ path: '/learners/me', token: me(t, i).token })));
  put('PATCH /api/learners/me', await measure(targets, W, (t, i) => ({ method: 'PATCH', path: '/learners/me', token: me(t, i).token, body: { displayName: `Renamed ${t.tag} ${i}` } })));
  put('POST /api/learners/recover', await measure(targets, W, (t) => ({ path: '/learners/recover', body: { recoveryCode: t.rec.recoveryCode } }), {
    after: async (res, t) => { const b = (await res.json()) as Partial<Me>; if (b.recoveryCode) t.rec.recoveryCode = b.recoveryCode; },
  }));
  put('DELETE /api/learners/me', await measure(targets, W, (t) => ({ method: 'DELETE', path: '/learners/me', token: t.doomed!.token }), {
    prepare: async (t, i) => { t.doomed = await learner(t.url, `Leaving ${t.tag} ${i}`, q0); },
  }));
  put('POST /api/quizzes/:module/attempts', await measure(targets, W, (t, i) => ({ path: `/quizzes/${quiz(i).module}/attempts`, token: me(t, i).token, body: { answers: answers(quiz(i), i % 3 === 2) } })));
  put('GET /api/quizzes/:module/attempts/summary', await measure(targets, R, (t, i) => ({ path: `/quizzes/${quiz(i).module}/attempts/summary`, token: me(t, i).token })));
  put('GET /api/progress', await measure(targets, R, (t, i) => ({ path: '/progress', token: me(t, i).token })));
  put('POST /api/submissions', await measure(targets, W, (t, i) => ({ path: '/submissions', token: me(t, i).token, body: verifiedSubmission() })));
  for (const board of ['course', 'cnn'] as const) {
    const path = `/leaderboards/${board}?limit=10`;
    put(`GET /api/leaderboards/${board} (guest)`, await measure(targets, R, () => ({ path })));
    put(`GET /api/leaderboards/${board} (with me)`, await measure(targets, R, (t, i) => ({ path, token: me(t, i).token })));
    // A write just before each read drops the cached top list: the database path.
    const invalidate = board === 'course'
      ? (t: Target, i: number) => send(t.url, { path: `/quizzes/${q0.module}/attempts`, token: me(t, i).token, body: { answers: answers(q0, false) } }).then(() => undefined)
      : (t: Target, i: number) => send(t.url, { path: '/submissions', token: me(t, i).token, body: verifiedSubmission() }).then(() => undefined);
    put(`GET /api/leaderboards/${board} (after a write: cache miss)`, await measure(targets, Math.max(5, Math.round(R / 4)), (t, i) => ({ path, token: me(t, i).token }), { prepare: invalidate }));
  }
  return out;
}
