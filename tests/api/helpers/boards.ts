import { expect } from 'vitest';
import { call, json } from './http';
import type { NewLearner } from './learners';

export type Board = 'course' | 'cnn';
export type Entry = { rank: number; handle: string; displayName: string; [k: string]: unknown };
export type BoardBody = { board: Board; limit: number; entries: Entry[]; me: Entry | null };

/** A board as a learner (or a guest) sees it. */
export async function board(which: Board, limit = 100, token?: string): Promise<{ body: BoardBody; res: Response }> {
  const res = await call(`/leaderboards/${which}?limit=${limit}`, { token });
  return { body: await json<BoardBody>(res), res };
}

/** Each learner's own entry on a board (null when absent), asked with their token. */
export async function mine(which: Board, L: NewLearner[]): Promise<(Entry | null)[]> {
  return Promise.all(L.map(async (l) => (await board(which, 1, l.token)).body.me));
}

/** Positions (indexes into `L`) of these learners in the board's order; handles must match their own entries. */
export async function orderOf(which: Board, L: NewLearner[]): Promise<number[]> {
  const handles = (await mine(which, L)).map((e) => e?.handle);
  const { entries } = (await board(which)).body;
  for (const e of entries) expect(e).not.toHaveProperty('learnerId');
  return entries.filter((e) => handles.includes(e.handle)).map((e) => handles.indexOf(e.handle));
}
