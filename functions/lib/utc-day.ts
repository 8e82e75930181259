/** Calendar days in UTC, for per-day counters. Times are Unix milliseconds. */

const DAY_MS = 86_400_000;

/** Whole days since 1970-01-01 UTC. */
export const utcDay = (ms: number): number => Math.floor(ms / DAY_MS);

/** Seconds from `ms` until the next UTC midnight, rounded up (1..86400): an honest Retry-After. */
export const secondsUntilNextUtcDay = (ms: number): number => Math.max(1, Math.ceil(((utcDay(ms) + 1) * DAY_MS - ms) / 1000));
