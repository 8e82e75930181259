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

/**
 * One graded quiz attempt. `answers` is kept for re-grading; `result` holds only the learner's
 * record right after this attempt (`{"attemptsUsed","bestScore","passedEver","credited","creditedAttempts"}`, ~100 bytes):
 * a replayed Idempotency-Key re-grades `answers` and rebuilds the response from it. Rows written
 * before migration 0004 (standings) hold the whole response body there instead; replay reads either form.
 */
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
     * Last: migration 0002 added it with ALTER TABLE, which appends.
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
    // Last, where ALTER TABLE ADD puts it (migration 0003).
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

/*
 * Standings kept as data (written in the same db.batch() as the attempt or submission), so no
 * request aggregates over attempts. `rkey` is a board position key, smaller = better, equal =
 * tied (functions/standings/keys.ts); it is also the learner's index in that board's rank tree.
 */

/** A learner's record on one module: credited best score, credited pass, stored attempts (practice too). */
export const moduleStandings = sqliteTable(
  'module_standings',
  {
    learnerId: text('learner_id')
      .notNull()
      .references(() => learners.id, { onDelete: 'cascade' }),
    module: text('module').notNull(),
    /** Every stored attempt, practice included. */
    attempts: integer('attempts').notNull(),
    /** Best score (0-100) of a credited attempt. */
    bestScore: integer('best_score').notNull(),
    passed: integer('passed', { mode: 'boolean' }).notNull(),
    /** When the current best score was first reached (Unix ms). */
    reachedAt: integer('reached_at').notNull(),
    /** Credited attempts (always the first ones): practice began after this attempt number. */
    creditedAttempts: integer('credited_attempts').notNull(),
  },
  (t) => [primaryKey({ columns: [t.learnerId, t.module] })],
);

/** A learner's course-board standing: sums over their module standings. */
export const courseStandings = sqliteTable(
  'course_standings',
  {
    learnerId: text('learner_id')
      .primaryKey()
      .references(() => learners.id, { onDelete: 'cascade' }),
    /** Opaque per-board id shown instead of the learner id (random, 16 hex digits). */
    handle: text('handle').notNull(),
    modulesPassed: integer('modules_passed').notNull(),
    quizPoints: integer('quiz_points').notNull(),
    rkey: integer('rkey').notNull(),
    /** The rkey before the latest update (null on a new row): the rank tree moves from it to rkey. */
    prevRkey: integer('prev_rkey'),
    /** The latest of the moments each module's best score was first reached (Unix ms). */
    reachedAt: integer('reached_at').notNull(),
  },
  (t) => [index('course_standings_order_idx').on(t.rkey, t.reachedAt, t.learnerId), uniqueIndex('course_standings_handle_unique').on(t.handle)],
);

/** A learner's best CNN submission (the earliest of equal ones) and how many they sent. */
export const cnnStandings = sqliteTable(
  'cnn_standings',
  {
    learnerId: text('learner_id')
      .primaryKey()
      .references(() => learners.id, { onDelete: 'cascade' }),
    handle: text('handle').notNull(),
    correct: integer('correct').notNull(),
    accuracy: real('accuracy').notNull(),
    submissionId: integer('submission_id').notNull(),
    submittedAt: integer('submitted_at').notNull(),
    submissions: integer('submissions').notNull(),
    rkey: integer('rkey').notNull(),
    /** The rkey before the latest update (null on a new row): the rank tree moves from it to rkey. */
    prevRkey: integer('prev_rkey'),
  },
  (t) => [index('cnn_standings_order_idx').on(t.rkey, t.submittedAt, t.submissionId), uniqueIndex('cnn_standings_handle_unique').on(t.handle)],
);

/**
 * One Fenwick (binary indexed) tree per board over `rkey`: node i holds how many learners have
 * an rkey in (i - lowbit(i), i]. A rank is the sum of at most log2(size) nodes, a change
 * updates as many (functions/standings/rank-tree.ts).
 */
export const rankTree = sqliteTable(
  'rank_tree',
  {
    board: text('board', { enum: ['course', 'cnn'] }).notNull(),
    node: integer('node').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.board, t.node] })],
);

export type LearnerRow = typeof learners.$inferSelect;
export type QuizAttemptRow = typeof quizAttempts.$inferSelect;
export type SubmissionRow = typeof submissions.$inferSelect;
