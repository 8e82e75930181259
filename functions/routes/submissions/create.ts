import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { db, type Db } from '../../db/client';
import { statement } from '../../db/statements';
import { submissions } from '../../db/schema';
import type { AppEnv } from '../../env';
import { isUniqueViolation } from '../../lib/d1-errors';
import { assertSameRequest, idempotencyHeader, requestHash } from '../../lib/idempotency';
import { validate } from '../../lib/validate';
import { requireAuth } from '../../middleware/auth';
import { dailyCap } from '../../middleware/daily-cap';
import { rateLimit } from '../../middleware/rate-limit';
import { scorePredictions } from '../../mnist/accuracy';
import { invalidateBoard } from '../../standings/board-cache';
import { submissionStandingWrites } from '../../standings/submission-writes';
import { submissionBody } from './schemas';
import { verifySubmission } from './verify-weights';
import { publicSubmission } from './view';

async function findByKey(d: Db, learnerId: string, key: string, hash: string) {
  const [row] = await d
    .select()
    .from(submissions)
    .where(and(eq(submissions.learnerId, learnerId), eq(submissions.idempotencyKey, key)))
    .limit(1);
  if (!row) return null;
  assertSameRequest(row, hash);
  return publicSubmission(row);
}

/**
 * POST /api/submissions: check that the submitted weights reproduce the predictions on a
 * server-drawn sample (verify-weights.ts), score the 10,000 predictions on the server and keep
 * the result with a hash of the weights (not the weights), and the learner's CNN standing.
 */
export const postSubmission = new Hono<AppEnv>().post(
  '/',
  requireAuth,
  rateLimit('RL_SUBMISSIONS'),
  validate('header', idempotencyHeader),
  validate('json', submissionBody),
  dailyCap('submission'),
  async (c) => {
    const me = c.get('learner')!;
    const body = c.req.valid('json');
    const key = c.req.valid('header')['idempotency-key'] ?? null;
    const d = db(c.env);
    const hash = await requestHash(body);
    if (key) {
      const replay = await findByKey(d, me.id, key, hash);
      if (replay) return c.json({ submission: replay }, 200, { 'Idempotent-Replayed': 'true' });
    }
    const verification = await verifySubmission(c.env, body.predictions, body.weights);
    const { correct, accuracy } = scorePredictions(body.predictions);
    const m = body.metadata;
    const row = {
      learnerId: me.id,
      accuracy,
      correct,
      predictions: body.predictions.join(''),
      weightsSha256: verification.weightsSha256,
      clientEpochs: m.epochs,
      clientBatchSize: m.batchSize,
      clientTrainingSeconds: m.trainingSeconds,
      clientBackend: m.backend,
      clientParamCount: m.paramCount,
      idempotencyKey: key,
      requestHash: hash,
      createdAt: Date.now(),
    };
    const standing = submissionStandingWrites(me.id, correct, accuracy, row.createdAt);
    try {
      // One transaction: the submission, the learner's best result and the board's rank tree.
      const [saved] = await c.env.DB.batch([
        statement(c.env.DB, d.insert(submissions).values(row).returning({ id: submissions.id })),
        ...standing.map((q) => statement(c.env.DB, q)),
      ]);
      await invalidateBoard(c.req.url, 'cnn');
      return c.json({ submission: publicSubmission({ ...row, id: (saved!.results[0] as { id: number }).id }), verification }, 201);
    } catch (err) {
      const replay = key && isUniqueViolation(err) ? await findByKey(d, me.id, key, hash) : null;
      if (!replay) throw err;
      return c.json({ submission: replay }, 200, { 'Idempotent-Replayed': 'true' });
    }
  },
);
