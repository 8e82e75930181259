import { sql, type SQL } from 'drizzle-orm';
import { CREDITED_BEFORE_SQL, courseRkeySql } from './keys';
import { moveRank } from './rank-tree';

/**
 * SQL true when an attempt added now is credited: evaluated before the attempt's standing
 * update in the same batch, so two tabs racing cannot both take the last credited attempt.
 */
export const creditedNow = (learnerId: string, module: string): SQL =>
  sql`NOT EXISTS (SELECT 1 FROM module_standings WHERE learner_id = ${learnerId} AND module = ${module} AND NOT ${sql.raw(CREDITED_BEFORE_SQL)})`;

/**
 * The standing updates for one stored attempt, to run in the attempt's db.batch() right after
 * its insert: the module row (a practice attempt only counts as an attempt; a first attempt is always credited), the course totals
 * recomputed from the learner's <= 25 module rows, and the course rank tree moved from the old
 * key to the new one. O(1) rows: about 30 read; 2 written, plus at most 2 x 17 tree nodes when
 * the learner's position key changed (a practice or non-improving attempt writes none).
 */
export function attemptStandingWrites(learnerId: string, module: string, score: number, passed: boolean, at: number): [SQL, SQL, SQL] {
  const credited = sql.raw(CREDITED_BEFORE_SQL); // unqualified columns here are the row before this attempt
  const improves = sql`${credited} AND excluded.best_score > best_score`;
  return [
    sql`INSERT INTO module_standings (learner_id, module, attempts, best_score, passed, reached_at, credited_attempts)
      VALUES (${learnerId}, ${module}, 1, ${score}, ${passed ? 1 : 0}, ${at}, 1)
      ON CONFLICT (learner_id, module) DO UPDATE SET
        attempts = attempts + 1,
        credited_attempts = credited_attempts + (${credited}),
        best_score = CASE WHEN ${improves} THEN excluded.best_score ELSE best_score END,
        reached_at = CASE WHEN ${improves} THEN excluded.reached_at ELSE reached_at END,
        passed = CASE WHEN ${credited} THEN max(passed, excluded.passed) ELSE passed END`,
    recomputeCourseStanding(learnerId),
    moveRank('course', learnerId),
  ];
}

/** Course totals from the learner's module rows (a new learner gets a random board handle; prev_rkey keeps the old key for moveRank). */
export function recomputeCourseStanding(learnerId: string): SQL {
  return sql`INSERT INTO course_standings (learner_id, handle, modules_passed, quiz_points, rkey, reached_at)
    SELECT ${learnerId}, lower(hex(randomblob(8))), sum(passed), sum(best_score),
           ${sql.raw(courseRkeySql('sum(passed)', 'sum(best_score)'))}, max(reached_at)
    FROM module_standings WHERE learner_id = ${learnerId}
    ON CONFLICT (learner_id) DO UPDATE SET modules_passed = excluded.modules_passed,
      quiz_points = excluded.quiz_points, prev_rkey = rkey, rkey = excluded.rkey, reached_at = excluded.reached_at`;
}
