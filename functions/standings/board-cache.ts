import type { Board } from './keys';

/** How long a board's top 100 is served from the Workers Cache (per Cloudflare location). */
export const BOARD_CACHE_SECONDS = 30;

/** Every ?limit is a prefix of one cached top-100 list, so a board has one cache entry. */
export const CACHED_TOP = 100;

/** A named cache (caches.open) rather than caches.default: the same standard API in browsers' type lib, which sees AppType. */
const boardCache = () => caches.open('leaderboards');

const keyFor = (requestUrl: string, board: Board) => new Request(new URL(`/api/leaderboards/${board}/top-${CACHED_TOP}`, requestUrl));

/**
 * A board's top entries from the Cache API, or loaded and stored for BOARD_CACHE_SECONDS.
 * `hit` says which (sent as X-Board-Cache). The cache is per location: another location may
 * show a list up to BOARD_CACHE_SECONDS old; here, writes delete it (invalidateBoard).
 */
export async function cachedTop<T>(requestUrl: string, board: Board, load: () => Promise<T[]>): Promise<{ entries: T[]; hit: boolean }> {
  const key = keyFor(requestUrl, board);
  const cache = await boardCache();
  const cached = await cache.match(key);
  if (cached) return { entries: (await cached.json()) as T[], hit: true };
  const entries = await load();
  const body = new Response(JSON.stringify(entries), {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': `public, max-age=${BOARD_CACHE_SECONDS}` },
  });
  await cache.put(key, body);
  return { entries, hit: false };
}

/** Drops this location's cached top list after a write that may change it (other locations expire). */
export async function invalidateBoard(requestUrl: string, board: Board): Promise<void> {
  await (await boardCache()).delete(keyFor(requestUrl, board));
}
