import { app } from './app';

/**
 * Worker entry (wrangler.toml `main`). Static pages come from the assets layer; only
 * /api/* reaches this code (run_worker_first). Browser code imports the type only:
 *   import type { AppType } from '../functions';  hc<AppType>('/')
 */
export type AppType = typeof app;
export default app;
