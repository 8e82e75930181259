import { Hono } from 'hono';
import type { AppEnv } from './env';
import { onError, onNotFound } from './lib/on-error';
import { jsonBodyPolicy } from './middleware/body';
import { d1UsageHeaders } from './middleware/d1-usage';
import { sameOrigin } from './middleware/same-origin';
import { securityHeaders } from './middleware/security-headers';
import { healthRoutes } from './routes/health';
import { leaderboardsRoutes } from './routes/leaderboards';
import { learnersRoutes } from './routes/learners';
import { progressRoutes } from './routes/progress';
import { quizzesRoutes } from './routes/quizzes';
import { submissionsRoutes } from './routes/submissions';

/**
 * The API under /api. Middleware order: headers on everything (errors too), then the
 * cheap refusals (foreign origin, non-JSON or oversized body) before any route runs.
 * Routes are chained so `AppType` carries every one of them for `hc<AppType>`.
 */
export const app = new Hono<AppEnv>()
  .basePath('/api')
  .use(securityHeaders)
  .use(d1UsageHeaders)
  .use(sameOrigin)
  .use(jsonBodyPolicy)
  .route('/health', healthRoutes)
  .route('/learners', learnersRoutes)
  .route('/quizzes', quizzesRoutes)
  .route('/progress', progressRoutes)
  .route('/submissions', submissionsRoutes)
  .route('/leaderboards', leaderboardsRoutes);

app.onError(onError);
app.notFound(onNotFound);
