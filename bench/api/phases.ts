/**
 * The bench's load phases, each one autocannon run with a fixed number of requests (so no
 * request is cut off in flight, which would make the stored count unknowable).
 */
import autocannon from 'autocannon';

export interface PhaseResult {
  name: string;
  requests: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  reqPerSec: number;
  latencyMs: { p50: number; p99: number; mean: number };
}

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

type Req = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
type Ctx = Record<string, unknown>;

async function run(name: string, url: string, amount: number, request: { setupRequest: (r: Req, c: Ctx) => Req; onResponse?: (status: number, body: string, c: Ctx, headers: Record<string, string> | string[]) => void }): Promise<PhaseResult> {
  const r = await autocannon({ url, connections: CONNECTIONS, amount, timeout: 30, requests: [request] } as autocannon.Options);
  return {
    name,
    requests: r.requests.total,
    ok2xx: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    reqPerSec: Math.round(r.requests.average * 10) / 10,
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99, mean: Math.round(r.latency.mean * 10) / 10 },
  };
}

export const health = (url: string, amount: number) =>
  run('GET /api/health', url, amount, { setupRequest: (r) => ({ ...r, method: 'GET', path: '/api/health' }) });

/**
 * Two answer sets for the tensors quiz read from the served page (the first or the last
 * option, a number, a word): node cannot load the quiz registry's extensionless imports, and
 * grading costs the same whether an answer is right or wrong.
 */
export async function answerBodies(url: string): Promise<[string, string]> {
  const html = await (await fetch(`${url}/modules/tensors/`)).text();
  const sets = [...html.matchAll(/<fieldset[^>]*data-question-id="([^"]+)"[^>]*data-question-type="([^"]+)"[\s\S]*?<\/fieldset>/g)];
  if (!sets.length) throw new Error('no quiz questions found on /modules/tensors/');
  const body = (pickLast: boolean) => {
    const answers: Record<string, string | string[] | number> = {};
    for (const [set, id, type] of sets) {
      const values = [...set.matchAll(/value="([^"]+)"/g)].map((m) => m[1]!);
      const option = pickLast ? values.at(-1)! : values[0]!;
      answers[id!] = type === 'single' ? option : type === 'multiple' ? [option] : type === 'numeric' ? (pickLast ? 4 : 2) : pickLast ? 'float32' : 'int32';
    }
    return JSON.stringify({ answers });
  };
  return [body(false), body(true)];
}

/** autocannon hands headers over as an object or as a flat [name, value, ...] list. */
function header(headers: Record<string, string> | string[] | undefined, name: string): string | undefined {
  const pairs = Array.isArray(headers) ? headers.flatMap((v, i, a) => (i % 2 ? [] : [[v, a[i + 1]!]])) : Object.entries(headers ?? {});
  return pairs.find(([k]) => k!.toLowerCase() === name)?.[1];
}

export interface GradingTally { okKeys: Set<string>; replayed: number; statuses: Record<number, number> }

/**
 * Graded attempts by many learners. Every Idempotency-Key is sent twice, by requests that
 * run concurrently on different connections: the server must store each key once.
 */
export async function grading(url: string, amount: number, tokens: string[], runId: string, bodies: [string, string]) {
  const tally: GradingTally = { okKeys: new Set(), replayed: 0, statuses: {} };
  let sent = 0;
  const result = await run('POST /api/quizzes/tensors/attempts', url, amount, {
    setupRequest: (r, c) => {
      const n = Math.floor(sent++ / 2);
      c.key = `bench-${runId}-${n}`;
      return {
        ...r,
        method: 'POST',
        path: '/api/quizzes/tensors/attempts',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[n % tokens.length]}`, 'idempotency-key': String(c.key) },
        body: bodies[n % 2],
      };
    },
    onResponse: (status, _body, c, headers) => {
      tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
      if (status >= 200 && status < 300) tally.okKeys.add(String(c.key));
      if (header(headers, 'idempotent-replayed') === 'true') tally.replayed++;
    },
  });
  return { result, tally };
}

export function leaderboards(url: string, amount: number, tokens: string[]) {
  let n = 0;
  return run('GET /api/leaderboards/{course,cnn}?limit=10', url, amount, {
    setupRequest: (r) => {
      const i = n++;
      return { ...r, method: 'GET', path: `/api/leaderboards/${i % 2 ? 'cnn' : 'course'}?limit=10`, headers: { authorization: `Bearer ${tokens[i % tokens.length]}` } };
    },
  });
}
