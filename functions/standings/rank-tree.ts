import { sql, type SQL } from 'drizzle-orm';
import { TREE_SIZE, type Board } from './keys';

const TABLE: Record<Board, SQL> = { course: sql.raw('course_standings'), cnn: sql.raw('cnn_standings') };

/**
 * Adds `delta` (+1 or -1) for the learner's current `rkey` on a board's Fenwick tree: the
 * nodes rkey, rkey + lowbit(rkey), ... up to the tree size (at most 17 rows). The key is read
 * inside the statement, so inside a db.batch() (one transaction) it is exactly the stored one;
 * a learner with no standing yet changes nothing. Run with -1 before a standing changes, +1 after.
 */
export function shiftRank(board: Board, learnerId: string, delta: 1 | -1): SQL {
  return sql`WITH RECURSIVE f(i) AS (
      SELECT rkey FROM ${TABLE[board]} WHERE learner_id = ${learnerId}
      UNION ALL SELECT i + (i & -i) FROM f WHERE i + (i & -i) <= ${TREE_SIZE[board]})
    INSERT INTO rank_tree (board, node, n) SELECT ${board}, i, ${delta} FROM f WHERE true
    ON CONFLICT (board, node) DO UPDATE SET n = n + excluded.n`;
}

/**
 * A scalar SQL subquery: how many learners are strictly ahead of this learner on the board
 * (smaller rkey), the sum of the nodes k-1, k-1 - lowbit(k-1), ... > 0 (at most 17 rows).
 */
export function aheadOf(board: Board, learnerId: string): SQL {
  return sql`(WITH RECURSIVE q(i) AS (
      SELECT rkey - 1 FROM ${TABLE[board]} WHERE learner_id = ${learnerId}
      UNION ALL SELECT i - (i & -i) FROM q WHERE i > 0)
    SELECT coalesce(sum(n), 0) FROM rank_tree WHERE board = ${board} AND node IN (SELECT i FROM q))`;
}

/** Fenwick nodes whose counts cover index `k` (for tests and the bench seeder, which build trees outside SQL). */
export function coveringNodes(k: number, size: number): number[] {
  const nodes: number[] = [];
  for (let i = k; i <= size; i += i & -i) nodes.push(i);
  return nodes;
}
