/** Bench learners (created through the API) and the count of what the API stored for them. */
import { hc } from 'hono/client';
import type { AppType } from '../../functions/index.ts';

export async function createLearners(url: string, n: number): Promise<string[]> {
  const api = hc<AppType>(url).api;
  const run = Date.now().toString(36);
  const tokens: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await api.learners.$post({ json: { displayName: `Bench ${run} ${i}` } });
    if (res.status !== 201) throw new Error(`creating bench learner ${i}: HTTP ${res.status} ${await res.text()}`);
    tokens.push((await res.json()).token);
  }
  return tokens;
}

/** Sum of every bench learner's stored tensors attempts, as the API reports them. */
export async function countStoredAttempts(url: string, tokens: string[]): Promise<number> {
  const api = hc<AppType>(url).api;
  let total = 0;
  for (const token of tokens) {
    const res = await api.quizzes[':module'].attempts.summary.$get({ param: { module: 'tensors' } }, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`attempt summary: HTTP ${res.status}`);
    total += (await res.json()).attemptsUsed;
  }
  return total;
}
