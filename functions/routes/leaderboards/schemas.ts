import { z } from 'zod';
import { BOARD_CACHE_SECONDS } from '../../standings/board-cache';

/** ?limit=N: top N rows, 1-100, default 10. */
export const leaderboardQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(100).default(10) })
  .strict();

/** Response headers of a board: whether the top list came from the Cache API, and for how long it is kept there. */
export const boardHeaders = (hit: boolean): Record<string, string> => ({
  'X-Board-Cache': hit ? 'hit' : 'miss',
  'X-Board-Cache-Seconds': String(BOARD_CACHE_SECONDS),
});
