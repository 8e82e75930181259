import { sql, type SQL } from 'drizzle-orm';
import { TREE_SIZE, type Board } from './keys';

const TABLE: Record<Board, SQL> = { course: sql.raw('course_standings'), cnn: sql.raw('cnn_standings') };

/**
 * Moves the learner on a board's Fenwick tree from `prev_rkey` to `rkey`, as the standing's
 * upsert just left them (prev_rkey null: a new standing, only added). Each key touches the
 * nodes k, k + lowbit(k), ... up to the tree size; the paths' shared nodes cancel and an
 * unchanged key writes nothing, so a change writes at most 2 x 17 rows and usually far fewer.
 * Run right after the upsert, in the same batch (one transaction), so it sees exactly that row.
 */
export function moveRank(board: Board, learnerId: string): SQL {
  return sql`WITH RECURSIVE f(i, d) AS (
      SELECT prev_rkey, -1 FROM ${TABLE[board]} WHERE learner_id = ${learnerId} AND prev_rkey IS NOT NULL AND prev_rkey <> rkey
      UNION ALL SELECT rkey, 1 FROM ${TABLE[board]} WHERE learner_id = ${learnerId} AND (prev_rkey IS NULL OR prev_rkey <> rkey)
      UNION ALL SELECT i + (i & -i), d FROM f WHERE i + (i & -i) <= ${TREE_SIZE[board]})
    INSERT INTO rank_tree (board, node, n) SELECT ${board}, i, sum(d) FROM f WHERE true GROUP BY i HAVING sum(d) <> 0
    ON CONFLICT (board, node) DO UPDATE SET n = n + excluded.n`;
}

/**
 * Adds `delta` (+1 or -1) for the learner's current `rkey` on a board's Fenwick tree (at most
 * 17 rows); a learner with no standing changes nothing. Used with -1 when a learner leaves.
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
