import { env } from 'cloudflare:test';

export type Counts = { learners: number; quiz_attempts: number; submissions: number };

/** Row counts of every API table: a rejected request must leave them unchanged. */
export async function tableCounts(): Promise<Counts> {
  const row = await env.DB.prepare(
    `SELECT (SELECT count(*) FROM learners) AS learners,
            (SELECT count(*) FROM quiz_attempts) AS quiz_attempts,
            (SELECT count(*) FROM submissions) AS submissions`,
  ).first<Counts>();
  return row!;
}
