/**
 * Times one API route, one request at a time (latency without queueing), and reads the D1
 * cost each response reports (X-D1-* headers, functions/middleware/d1-usage.ts).
 */
export type Call = { method?: string; path: string; token?: string; body?: unknown };
export type RouteStats = {
  samples: number;
  statuses: Record<number, number>;
  latencyMs: { p50: number; p99: number };
  rowsRead: { p50: number; max: number };
  rowsWritten: { max: number };
  statements: { p50: number; max: number };
  roundTrips: { max: number };
  /** D1's own query time per request (meta.duration summed), which bounds one database's throughput. */
  d1Ms: { p50: number; mean: number };
};

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const r1 = (x: number) => Math.round(x * 10) / 10;

export async function send(url: string, c: Call): Promise<Response> {
  const headers: Record<string, string> = {};
  if (c.token) headers.authorization = `Bearer ${c.token}`;
  if (c.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${url}/api${c.path}`, { method: c.method ?? (c.body === undefined ? 'GET' : 'POST'), headers, body: c.body === undefined ? undefined : JSON.stringify(c.body) });
}

type Samples = { lat: number[]; d1: number[]; read: number[]; written: number[]; stmts: number[]; trips: number[]; statuses: Record<number, number> };
const empty = (): Samples => ({ lat: [], d1: [], read: [], written: [], stmts: [], trips: [], statuses: {} });

function stats(s: Samples): RouteStats {
  return {
    samples: s.lat.length,
    statuses: s.statuses,
    latencyMs: { p50: r1(pct(s.lat, 50)), p99: r1(pct(s.lat, 99)) },
    rowsRead: { p50: pct(s.read, 50), max: Math.max(...s.read) },
    rowsWritten: { max: Math.max(...s.written) },
    statements: { p50: pct(s.stmts, 50), max: Math.max(...s.stmts) },
    roundTrips: { max: Math.max(...s.trips) },
    d1Ms: { p50: Math.round(pct(s.d1, 50) * 1000) / 1000, mean: Math.round((s.d1.reduce((a, b) => a + b, 0) / s.d1.length) * 1000) / 1000 },
  };
}

/**
 * `samples` timed requests per target, made by `call(target, i)`; `prepare` runs untimed before
 * each (to create a learner to delete, or to invalidate a cached board), `after` sees each
 * response. Targets (one Worker per database size) take turns request by request, starting
 * with a different one each round, so a load spike on this shared machine falls on every size
 * alike and the ratio between sizes survives it. Returns one RouteStats per target, in order.
 */
export async function measure<T extends { url: string }>(
  targets: T[],
  samples: number,
  call: (t: T, i: number) => Call | Promise<Call>,
  o: { prepare?: (t: T, i: number) => Promise<void>; after?: (res: Response, t: T, i: number) => Promise<void> } = {},
): Promise<RouteStats[]> {
  const acc = targets.map(empty);
  for (let i = 0; i < samples; i++) {
    for (let j = 0; j < targets.length; j++) {
      const k = (i + j) % targets.length;
      const t = targets[k]!, a = acc[k]!;
      await o.prepare?.(t, i);
      const c = await call(t, i);
      const started = performance.now();
      const res = await send(t.url, c);
      const body = res.clone();
      await res.arrayBuffer();
      a.lat.push(performance.now() - started);
      a.statuses[res.status] = (a.statuses[res.status] ?? 0) + 1;
      const h = (n: string) => Number(res.headers.get(n) ?? NaN);
      a.read.push(h('x-d1-rows-read')); a.written.push(h('x-d1-rows-written')); a.stmts.push(h('x-d1-statements')); a.trips.push(h('x-d1-round-trips')); a.d1.push(h('x-d1-duration-ms'));
      await o.after?.(body, t, i);
    }
  }
  return acc.map(stats);
}
