import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { createLearner } from './create';
import { deleteMe } from './delete';
import { getMe } from './me';
import { recoverLearner } from './recover';
import { renameMe } from './rename';

/** /api/learners: sign-up, profile, rename, erase, recovery. */
export const learnersRoutes = new Hono<AppEnv>()
  .route('/', createLearner)
  .route('/', recoverLearner)
  .route('/', getMe)
  .route('/', renameMe)
  .route('/', deleteMe);
