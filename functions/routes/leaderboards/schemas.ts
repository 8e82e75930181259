import { z } from 'zod';

/** ?limit=N: top N rows, 1-100, default 10. */
export const leaderboardQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(100).default(10) })
  .strict();

export type RankedRow<T> = T & { rank: number; learnerId: string; displayName: string };

/** Splits "top N plus the caller" rows into the board and the caller's own entry. */
export function boardAndMe<T extends { rank: number; learnerId: string }>(rows: T[], limit: number, me: string | null) {
  return {
    top: rows.filter((r) => r.rank <= limit),
    me: me === null ? null : (rows.find((r) => r.learnerId === me) ?? null),
  };
}
