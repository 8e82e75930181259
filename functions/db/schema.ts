import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The one definition of the API's tables. `npm run db:generate` turns changes into
 * numbered SQL in migrations/, which `wrangler d1 migrations apply` runs.
 * Times are Unix milliseconds; integer ids give a stable tie-break for equal times.
 */

/** An anonymous learner. Only SHA-256 hashes of the bearer token and recovery code are kept. */
export const learners = sqliteTable(
  'learners',
  {
    id: text('id').primaryKey(),
    displayName: text('display_name').notNull(),
    /** NFKC + lower case: makes display names unique case-insensitively. */
    nameKey: text('name_key').notNull(),
    tokenHash: text('token_hash').notNull(),
    recoveryHash: text('recovery_hash').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('learners_name_key_unique').on(t.nameKey),
    uniqueIndex('learners_token_hash_unique').on(t.tokenHash),
    uniqueIndex('learners_recovery_hash_unique').on(t.recoveryHash),
  ],
);

/** One graded quiz attempt; `result` is the response body, replayed for a repeated Idempotency-Key. */
export const quizAttempts = sqliteTable(
  'quiz_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    learnerId: text('learner_id')
      .notNull()
      .references(() => learners.id, { onDelete: 'cascade' }),
    module: text('module').notNull(),
    correct: integer('correct').notNull(),
    total: integer('total').notNull(),
    /** Whole percent, 0-100. */
    score: integer('score').notNull(),
    passed: integer('passed', { mode: 'boolean' }).notNull(),
    answers: text('answers').notNull(),
    result: text('result').notNull(),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash').notNull(),
    createdAt: integer('created_at').notNull(),
    /**
     * Counts towards pass, best score and boards (isCreditedAttempt in quiz/reveal.ts): false
     * for practice attempts made after the key was revealed. Credited attempts come first.
     */
    credited: integer('credited', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [
    index('quiz_attempts_learner_module_idx').on(t.learnerId, t.module),
    uniqueIndex('quiz_attempts_idempotency_unique').on(t.learnerId, t.idempotencyKey),
  ],
);

/** A CNN result: predictions for the 10,000 MNIST test images, scored by the server. */
export const submissions = sqliteTable(
  'submissions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    learnerId: text('learner_id')
      .notNull()
      .references(() => learners.id, { onDelete: 'cascade' }),
    /** Server-computed: correct / 10,000. */
    accuracy: real('accuracy').notNull(),
    correct: integer('correct').notNull(),
    /** The 10,000 predicted digits as one string, kept so results can be re-scored. */
    predictions: text('predictions').notNull(),
    // Client-reported metadata: shown as reported, never used for ranking.
    clientEpochs: integer('client_epochs').notNull(),
    clientBatchSize: integer('client_batch_size').notNull(),
    clientTrainingSeconds: real('client_training_seconds').notNull(),
    clientBackend: text('client_backend').notNull(),
    clientParamCount: integer('client_param_count').notNull(),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash').notNull(),
    createdAt: integer('created_at').notNull(),
    // Last, where ALTER TABLE ADD puts it (migration 0001).
    /**
     * SHA-256 (hex) of the submitted float32 weights that reproduced the predictions on a
     * server-drawn sample: the weights themselves (373 kB) are not kept. Null for submissions
     * stored before verification existed (predictions only, unverified).
     */
    weightsSha256: text('weights_sha256'),
  },
  (t) => [
    index('submissions_learner_idx').on(t.learnerId),
    index('submissions_accuracy_idx').on(t.accuracy, t.createdAt),
    uniqueIndex('submissions_idempotency_unique').on(t.learnerId, t.idempotencyKey),
  ],
);

/**
 * Stored writes per learner, UTC day and kind ("quiz_attempt", "submission"): the daily cap
 * (middleware/daily-cap.ts) reads and bumps one row per write instead of counting history.
 * `day` is whole days since 1970-01-01 UTC. One small row per learner and active day and kind.
 */
export const dailyWrites = sqliteTable(
  'daily_writes',
  {
    learnerId: text('learner_id')
      .notNull()
      .references(() => learners.id, { onDelete: 'cascade' }),
    day: integer('day').notNull(),
    kind: text('kind').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.learnerId, t.day, t.kind] })],
);

export type LearnerRow = typeof learners.$inferSelect;
export type QuizAttemptRow = typeof quizAttempts.$inferSelect;
export type SubmissionRow = typeof submissions.$inferSelect;
