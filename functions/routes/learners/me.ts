import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { requireAuth } from '../../middleware/auth';
import { publicLearner } from './schemas';

/** GET /api/learners/me: who the token belongs to. */
export const getMe = new Hono<AppEnv>().get('/me', requireAuth, (c) => c.json({ learner: publicLearner(c.get('learner')!) }));
