import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { postSubmission } from './create';

/** /api/submissions: CNN results scored by the server. */
export const submissionsRoutes = new Hono<AppEnv>().route('/', postSubmission);
