import { describe, expect, it } from 'vitest';
import { isCreditedAttempt } from '../quiz/reveal';
import { cnnRkey, courseRkey, TREE_SIZE } from './keys';
import { coveringNodes } from './rank-tree';
import { withRanks } from './ranks';

describe('withRanks', () => {
  it('gives tied rows (equal rkey) one rank and counts every row ahead for the next ("1224")', () => {
    const rows = [5, 7, 7, 9, 9, 9, 12].map((rkey, i) => ({ rkey, i }));
    expect(withRanks(rows).map((r) => r.rank)).toEqual([1, 2, 2, 4, 4, 4, 7]);
    expect(withRanks(rows)[0]).not.toHaveProperty('rkey');
  });
});

describe('position keys', () => {
  it('put more modules passed ahead of any number of points, then more points; all keys fit the tree', () => {
    expect(courseRkey(3, 0)).toBeLessThan(courseRkey(2, 2500));
    expect(courseRkey(2, 200)).toBeLessThan(courseRkey(2, 199));
    expect(courseRkey(25, 2500)).toBeGreaterThanOrEqual(1);
    expect(courseRkey(0, 0)).toBeLessThanOrEqual(TREE_SIZE.course);
    expect(cnnRkey(10_000)).toBeGreaterThanOrEqual(1);
    expect(cnnRkey(9950)).toBeLessThan(cnnRkey(9949));
  });
});

describe('Fenwick nodes', () => {
  it('sum to the number of keys at or before each index (what the SQL in rank-tree.ts computes)', () => {
    const size = 64;
    const keys = [3, 3, 7, 20, 21, 64, 1];
    const tree = new Map<number, number>();
    for (const k of keys) for (const node of coveringNodes(k, size)) tree.set(node, (tree.get(node) ?? 0) + 1);
    const prefix = (k: number) => { let s = 0; for (let i = k; i > 0; i -= i & -i) s += tree.get(i) ?? 0; return s; };
    for (let k = 0; k <= size; k++) expect(prefix(k)).toBe(keys.filter((x) => x <= k).length);
    expect(Math.max(...keys.map((k) => coveringNodes(k, size).length))).toBeLessThanOrEqual(Math.log2(size) + 1);
  });
});

describe('isCreditedAttempt', () => {
  it('credits attempts until a credited pass or 3 stored attempts (blank, blank, blank, perfect: the 4th is practice)', () => {
    expect([0, 1, 2, 3].map((n) => isCreditedAttempt({ guest: false, passedEver: false, attemptsUsed: n }))).toEqual([true, true, true, false]);
    expect(isCreditedAttempt({ guest: false, passedEver: true, attemptsUsed: 1 })).toBe(false);
  });
});
