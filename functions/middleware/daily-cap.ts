import { and, eq, gt, sql } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import { db } from '../db/client';
import { dailyWrites } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError } from '../lib/errors';
import { logError } from '../lib/log';
import { secondsUntilNextUtcDay, utcDay } from '../lib/utc-day';

/**
 * Stored writes a learner may make per UTC day. The whole course is 25 quizzes at ~3 attempts
 * (75), so 150 leaves room to practise; a CNN run takes minutes and 20 keeps the stored
 * predictions (10 kB each) to 200 kB a day. Past the cap: 429 until midnight UTC.
 */
export const DAILY_CAPS = { quiz_attempt: 150, submission: 20 } as const;
export type WriteKind = keyof typeof DAILY_CAPS;

const WHAT: Record<WriteKind, string> = { quiz_attempt: 'quiz attempts', submission: 'CNN submissions' };

/**
 * Caps a signed-in learner's stored writes of one kind per UTC day, in O(1): one upsert
 * reserves a slot (it changes no row once the day's count has reached the cap, so concurrent
 * requests cannot overshoot), and the slot is handed back unless the route answered 201, so
 * refused, failed and replayed requests do not use the cap. Guests store nothing: not counted.
 */
export const dailyCap = (kind: WriteKind) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const me = c.get('learner');
    if (!me) return next();
    const d = db(c.env);
    const now = Date.now();
    const key = { learnerId: me.id, day: utcDay(now), kind };
    const reserved = await d
      .insert(dailyWrites)
      .values({ ...key, count: 1 })
      .onConflictDoUpdate({
        target: [dailyWrites.learnerId, dailyWrites.day, dailyWrites.kind],
        set: { count: sql`${dailyWrites.count} + 1` },
        setWhere: sql`${dailyWrites.count} < ${DAILY_CAPS[kind]}`,
      })
      .returning({ count: dailyWrites.count });
    if (reserved.length === 0) {
      const wait = secondsUntilNextUtcDay(now);
      throw new ApiError(429, 'daily_limit', `You have stored ${DAILY_CAPS[kind]} ${WHAT[kind]} today, the daily maximum. You can store more after midnight UTC, in ${Math.ceil(wait / 3600)} h.`, undefined, {
        'Retry-After': String(wait),
      });
    }
    await next();
    if (c.res.status === 201) return;
    try {
      const slot = and(eq(dailyWrites.learnerId, key.learnerId), eq(dailyWrites.day, key.day), eq(dailyWrites.kind, kind), gt(dailyWrites.count, 0));
      await d.update(dailyWrites).set({ count: sql`${dailyWrites.count} - 1` }).where(slot);
    } catch (err) {
      // The answer already stands; a slot not handed back only lowers today's cap by one.
      logError('daily_cap_release_failed', { kind }, err);
    }
  });
