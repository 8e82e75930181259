import { sql, type SQL } from 'drizzle-orm';
import { cnnRkey } from './keys';
import { moveRank } from './rank-tree';

/**
 * The CNN standing updates for one stored submission, to run in its batch right after the
 * insert (last_insert_rowid() is the submission's id there): the best result, replaced only by
 * a better one (an equal one does not, so ties go to the earlier submission), then the rank
 * tree moved if the key changed. O(1) rows: 1 written, plus at most 2 x 14 tree nodes.
 */
export function submissionStandingWrites(learnerId: string, correct: number, accuracy: number, at: number): [SQL, SQL] {
  const better = sql`excluded.correct > correct`;
  return [
    sql`INSERT INTO cnn_standings (learner_id, handle, correct, accuracy, submission_id, submitted_at, submissions, rkey)
      VALUES (${learnerId}, lower(hex(randomblob(8))), ${correct}, ${accuracy}, last_insert_rowid(), ${at}, 1, ${cnnRkey(correct)})
      ON CONFLICT (learner_id) DO UPDATE SET
        submissions = submissions + 1,
        prev_rkey = rkey,
        accuracy = CASE WHEN ${better} THEN excluded.accuracy ELSE accuracy END,
        submission_id = CASE WHEN ${better} THEN excluded.submission_id ELSE submission_id END,
        submitted_at = CASE WHEN ${better} THEN excluded.submitted_at ELSE submitted_at END,
        rkey = CASE WHEN ${better} THEN excluded.rkey ELSE rkey END,
        correct = CASE WHEN ${better} THEN excluded.correct ELSE correct END`,
    moveRank('cnn', learnerId),
  ];
}
