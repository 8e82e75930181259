import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { cnnLeaderboard } from './cnn';
import { courseLeaderboard } from './course';
import { rateLimit } from '../../middleware/rate-limit';

/** /api/leaderboards: public boards; with a token the caller's own rank is included. */
export const leaderboardsRoutes = new Hono<AppEnv>().use(rateLimit('RL_BOARDS')).route('/', cnnLeaderboard).route('/', courseLeaderboard);
