import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { postAttempt } from './attempt';
import { getAttemptSummary } from './summary';

/** /api/quizzes: grading and the caller's per-quiz record. */
export const quizzesRoutes = new Hono<AppEnv>().route('/', postAttempt).route('/', getAttemptSummary);
