import { REVEAL_AFTER_ATTEMPTS } from '../quiz/reveal';

/**
 * Board position keys. `rkey` is 1-based, smaller is better, and equal keys are tied (they
 * share a rank). It doubles as the learner's index in the board's Fenwick tree, so the tree
 * size bounds it; rank lookups and updates touch log2(size) tree nodes: 17 and 14.
 */
export const TREE_SIZE = { course: 2 ** 17, cnn: 2 ** 14 } as const;
export type Board = keyof typeof TREE_SIZE;

/** Quiz points per module are 0-100, so one passed module outweighs any sum of points (up to 36 modules). */
const PASS_WEIGHT = 3601;

/** Course board: more modules passed first, then more quiz points; equal on both = tied. */
export const courseRkey = (modulesPassed: number, quizPoints: number): number => TREE_SIZE.course - (modulesPassed * PASS_WEIGHT + quizPoints);

/** The same key as SQL over aggregate expressions (for the upsert that recomputes a learner's totals). */
export const courseRkeySql = (passed: string, points: string): string => `${TREE_SIZE.course} - ((${passed}) * ${PASS_WEIGHT} + (${points}))`;

/** CNN board: more correct test images (of 10,000) first; equal counts are tied. */
export const cnnRkey = (correct: number): number => TREE_SIZE.cnn - correct;

/**
 * SQL form of `isCreditedAttempt` (functions/quiz/reveal.ts) over a module_standings row read
 * before the attempt is added: not yet passed in a credited attempt and fewer than 3 stored.
 */
export const CREDITED_BEFORE_SQL = `(passed = 0 AND attempts < ${REVEAL_AFTER_ATTEMPTS})`;
