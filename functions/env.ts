import type { D1Database, Fetcher, RateLimit } from '@cloudflare/workers-types/index';
import type { LearnerRow } from './db/schema';

/**
 * The Worker's bindings (wrangler.toml). Declared with the module form of the Workers
 * types rather than the global `Env`, so that browser code can `import type { AppType }`
 * without pulling Worker globals that clash with the DOM lib. bindings-check.ts keeps
 * this equal to what `npm run cf-typegen` generates.
 */
export type Bindings = {
  DB: D1Database;
  RL_LEARNERS: RateLimit;
  RL_GRADING: RateLimit;
  RL_SUBMISSIONS: RateLimit;
  RL_BOARDS: RateLimit;
  RL_BAD_TOKEN: RateLimit;
  ASSETS: Fetcher;
};

/** Hono environment shared by every route: bindings plus per-request values. */
export type AppEnv = {
  Bindings: Bindings;
  Variables: {
    /** The authenticated learner, or null for a guest (set by the auth middleware). */
    learner: LearnerRow | null;
  };
};
