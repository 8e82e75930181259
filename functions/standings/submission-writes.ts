import { sql, type SQL } from 'drizzle-orm';
import { cnnRkey } from './keys';
import { shiftRank } from './rank-tree';

/**
 * The CNN standing updates for one stored submission, in the submission's db.batch():
 * `before` runs ahead of the insert (takes the learner's old key off the rank tree), `after`
 * right behind it (last_insert_rowid() is the submission's id there). A better result replaces
 * the best one; an equal one does not, so ties go to the earlier submission. O(1) rows.
 */
export function submissionStandingWrites(learnerId: string, correct: number, accuracy: number, at: number): { before: SQL; after: [SQL, SQL] } {
  const better = sql`excluded.correct > correct`;
  return {
    before: shiftRank('cnn', learnerId, -1),
    after: [
      sql`INSERT INTO cnn_standings (learner_id, handle, correct, accuracy, submission_id, submitted_at, submissions, rkey)
        VALUES (${learnerId}, lower(hex(randomblob(8))), ${correct}, ${accuracy}, last_insert_rowid(), ${at}, 1, ${cnnRkey(correct)})
        ON CONFLICT (learner_id) DO UPDATE SET
          submissions = submissions + 1,
          accuracy = CASE WHEN ${better} THEN excluded.accuracy ELSE accuracy END,
          submission_id = CASE WHEN ${better} THEN excluded.submission_id ELSE submission_id END,
          submitted_at = CASE WHEN ${better} THEN excluded.submitted_at ELSE submitted_at END,
          rkey = CASE WHEN ${better} THEN excluded.rkey ELSE rkey END,
          correct = CASE WHEN ${better} THEN excluded.correct ELSE correct END`,
      shiftRank('cnn', learnerId, 1),
    ],
  };
}
