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

/**
 * `samples` timed requests made by `call(i)`; `prepare(i)` runs untimed before each (to
 * create a learner to delete, or to invalidate a cached board). `after` sees each response.
 */
export async function measure(url: string, samples: number, call: (i: number) => Call | Promise<Call>, o: { prepare?: (i: number) => Promise<void>; after?: (res: Response, i: number) => Promise<void> } = {}): Promise<RouteStats> {
  const lat: number[] = [], d1: number[] = [], read: number[] = [], written: number[] = [], stmts: number[] = [], trips: number[] = [];
  const statuses: Record<number, number> = {};
  for (let i = 0; i < samples; i++) {
    await o.prepare?.(i);
    const c = await call(i);
    const t = performance.now();
    const res = await send(url, c);
    const body = res.clone();
    await res.arrayBuffer();
    lat.push(performance.now() - t);
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    const h = (n: string) => Number(res.headers.get(n) ?? NaN);
    read.push(h('x-d1-rows-read')); written.push(h('x-d1-rows-written')); stmts.push(h('x-d1-statements')); trips.push(h('x-d1-round-trips')); d1.push(h('x-d1-duration-ms'));
    await o.after?.(body, i);
  }
  return {
    samples,
    statuses,
    latencyMs: { p50: r1(pct(lat, 50)), p99: r1(pct(lat, 99)) },
    rowsRead: { p50: pct(read, 50), max: Math.max(...read) },
    rowsWritten: { max: Math.max(...written) },
    statements: { p50: pct(stmts, 50), max: Math.max(...stmts) },
    roundTrips: { max: Math.max(...trips) },
    d1Ms: { p50: Math.round(pct(d1, 50) * 1000) / 1000, mean: Math.round((d1.reduce((a, b) => a + b, 0) / d1.length) * 1000) / 1000 },
  };
}
