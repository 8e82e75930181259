/**
 * Bytes per learner who finishes the course, measured: on a fresh D1, `k` learners each take
 * all 25 quizzes three times (fail, fail, pass) and send one CNN submission through the API;
 * the database file is vacuumed before and after and the growth divided by k. Per table
 * figures come from SQLite's dbstat (tables and their indexes).
 */
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { send } from './measure.ts';
import { answers, type Quiz } from './quizzes.ts';
import { verifiedSubmission } from './submission.ts';
import { freshState, startWorker } from './worker.ts';

/** Vacuums and sizes the file, waiting (up to 60 s) for the stopped Worker's runtime to let go of it. */
async function vacuumed(file: string): Promise<{ bytes: number; perTable: Record<string, number> }> {
  const db = new DatabaseSync(file, { timeout: 60_000 });
  for (let i = 0; ; i++) {
    try {
      db.exec('VACUUM');
      break;
    } catch (err) {
      if (i >= 60) throw err;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  const { bytes } = db.prepare('SELECT page_count * page_size AS bytes FROM pragma_page_count(), pragma_page_size()').get() as { bytes: number };
  let perTable: Record<string, number> = {};
  try {
    const rows = db.prepare("SELECT coalesce(m.tbl_name, s.name) AS t, sum(s.pgsize) AS b FROM dbstat s LEFT JOIN sqlite_master m ON m.name = s.name GROUP BY t").all() as { t: string; b: number }[];
    perTable = Object.fromEntries(rows.map((r) => [r.t, r.b]));
  } catch { /* dbstat not compiled in */ }
  db.close();
  return { bytes, perTable };
}

export async function bytesPerFinisher(root: string, port: number, quizzes: Quiz[], k: number, label: string) {
  const s = freshState(root, join(tmpdir(), `tfk-scale-${label}-storage`));
  const before = await vacuumed(s.sqlite);
  const w = await startWorker(s, port);
  try {
    for (let i = 0; i < k; i++) {
      const res = await send(w.url, { path: '/learners', body: { displayName: `Finisher ${i}` } });
      const { token } = (await res.json()) as { token: string };
      for (const quiz of quizzes) for (const right of [false, false, true]) {
        const r = await send(w.url, { path: `/quizzes/${quiz.module}/attempts`, token, body: { answers: answers(quiz, right) }, });
        if (r.status !== 201) throw new Error(`attempt: ${r.status} ${await r.text()}`);
      }
      const sub = await send(w.url, { path: '/submissions', token, body: verifiedSubmission() });
      if (sub.status !== 201) throw new Error(`submission: ${sub.status} ${await sub.text()}`);
    }
  } finally {
    await w.stop();
  }
  const after = await vacuumed(s.sqlite);
  const perTable = Object.fromEntries(Object.entries(after.perTable).map(([t, b]) => [t, Math.round((b - (before.perTable[t] ?? 0)) / k)]));
  return { learners: k, attemptsEach: quizzes.length * 3, submissionsEach: 1, bytesPerLearner: Math.round((after.bytes - before.bytes) / k), perTable };
}
