/**
 * Seeds a local D1 file (node:sqlite, Worker stopped) with `n` learners and their history in
 * realistic proportions, then builds the standings with the credit and standings migrations' own backfill
 * statements when the tree has them. Proportions (a typical online course: most learners
 * stop early): 70% finish 1-2 modules, 25% 3-12, 5% all 25; 1-3 attempts per module (mean
 * about 1.45), the last passing 80% of the time; learners past module 4 send 1-3 CNN
 * submissions. Predictions are stored as one character (rows read do not depend on it;
 * bytes per learner are measured through the API in storage.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

const MODULES = ['tensors', 'first-network', 'training', 'cnn', 'regularization', 'tf-data', 'functional-api', 'transfer-learning', 'custom-components', 'gradient-tape', 'callbacks', 'saving', 'text', 'rnn', 'time-series', 'attention', 'autoencoders', 'generative', 'segmentation', 'tuning', 'performance', 'distributed', 'optimization', 'deployment', 'capstone'];

function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const hex = (i: number, len: number) => i.toString(16).padStart(len, '0');
const uuid = (i: number) => `00000000-0000-4000-8000-${hex(i, 12)}`;

export type Seeded = { learners: number; attempts: number; submissions: number; seconds: number };

export function seed(file: string, root: string, n: number): Seeded {
  const t0 = performance.now();
  const db = new DatabaseSync(file);
  db.exec('PRAGMA synchronous = OFF');
  const learner = db.prepare('INSERT INTO learners (id, display_name, name_key, token_hash, recovery_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const attempt = db.prepare('INSERT INTO quiz_attempts (learner_id, module, correct, total, score, passed, answers, result, idempotency_key, request_hash, created_at) VALUES (?, ?, ?, 5, ?, ?, ?, ?, ?, ?, ?)');
  const submission = db.prepare("INSERT INTO submissions (learner_id, accuracy, correct, predictions, client_epochs, client_batch_size, client_training_seconds, client_backend, client_param_count, idempotency_key, request_hash, created_at, weights_sha256) VALUES (?, ?, ?, 'p', 3, 64, 41.5, 'webgl', 93322, ?, ?, ?, 'seed')");
  const rand = prng(n);
  let attempts = 0;
  let submissions = 0;
  const T0 = Date.UTC(2026, 0, 1);
  db.exec('BEGIN');
  for (let i = 0; i < n; i++) {
    if (i % 50_000 === 0 && i > 0) db.exec('COMMIT; BEGIN');
    const id = uuid(i);
    const at = T0 + i * 1000;
    learner.run(id, `Learner ${i}`, `learner ${i}`, hex(i, 64), hex(i + 2 ** 40, 64), at, at);
    const u = rand();
    const done = u < 0.7 ? 1 + Math.floor(rand() * 2) : u < 0.95 ? 3 + Math.floor(rand() * 10) : MODULES.length;
    for (let m = 0; m < done; m++) {
      const tries = 1 + (rand() < 0.35 ? 1 : 0) + (rand() < 0.1 ? 1 : 0);
      for (let k = 0; k < tries; k++) {
        const last = k === tries - 1;
        const correct = last && rand() < 0.8 ? 4 + Math.floor(rand() * 2) : Math.floor(rand() * 4);
        const score = correct * 20;
        const result = JSON.stringify({ attemptsUsed: k + 1, bestScore: score, passedEver: score >= 80 });
        attempt.run(id, MODULES[m]!, correct, score, score >= 80 ? 1 : 0, '{"q1":"a","q2":["b","c"],"q3":93322,"q4":"(None, 26, 26, 32)"}', result, rand() < 0.5 ? uuid(attempts) : null, hex(attempts, 64), at + (m * 3 + k) * 60_000);
        attempts++;
      }
    }
    if (done >= 4) {
      const sends = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < sends; k++) {
        const correct = 9000 + Math.floor(rand() * 950);
        submission.run(id, correct / 10_000, correct, uuid(2 ** 40 + submissions), hex(submissions, 64), at + 10 * 60_000 + k);
        submissions++;
      }
    }
  }
  db.exec('COMMIT');
  for (const q of backfillStatements(root)) db.exec(q);
  db.close();
  return { learners: n, attempts, submissions, seconds: Math.round((performance.now() - t0) / 100) / 10 };
}

/** The INSERT/UPDATE statements of the credit and standings migrations, in order (none before they existed). */
function backfillStatements(root: string): string[] {
  const dir = join(root, 'migrations');
  const files = readdirSync(dir).filter((f) => /_(attempt_credited|standings)\.sql$/.test(f)).sort();
  return files.flatMap((file) => readFileSync(join(dir, file), 'utf8')
    .split('--> statement-breakpoint')
    .map((q) => q.replace(/^\s*--.*$/gm, '').trim())
    .filter((q) => /^(INSERT|UPDATE)\b/.test(q)));
}
