import type { D1Database, D1PreparedStatement, D1Result } from '@cloudflare/workers-types/index';

/** What one request asked of D1: statements run, round trips (a batch is one), rows read and written, and D1's own time in ms (D1 `meta`). */
export type D1Usage = { statements: number; roundTrips: number; rowsRead: number; rowsWritten: number; durationMs: number };

export const emptyUsage = (): D1Usage => ({ statements: 0, roundTrips: 0, rowsRead: 0, rowsWritten: 0, durationMs: 0 });

/**
 * A D1 binding that adds every statement's `meta.rows_read` / `rows_written` to `usage`.
 * Bench and test use only (see middleware/d1-usage.ts): `raw()` and `first()` are served by
 * `all()`, whose result carries the meta (rows become arrays in column order, the same
 * mapping drizzle applies to batch results).
 */
export function meteredD1(inner: D1Database, usage: D1Usage): D1Database {
  const innerOf = new WeakMap<object, D1PreparedStatement>();
  const tally = (r: D1Result<unknown>) => {
    usage.statements += 1;
    usage.rowsRead += r.meta.rows_read ?? 0;
    usage.rowsWritten += r.meta.rows_written ?? 0;
    usage.durationMs += r.meta.duration ?? 0;
  };
  const once = async (stmt: D1PreparedStatement) => {
    usage.roundTrips += 1;
    const r = await stmt.all<Record<string, unknown>>();
    tally(r);
    return r;
  };
  const wrap = (stmt: D1PreparedStatement): D1PreparedStatement => {
    const w = {
      bind: (...values: unknown[]) => wrap(stmt.bind(...values)),
      all: () => once(stmt),
      run: () => once(stmt),
      first: async (col?: string) => {
        const row = (await once(stmt)).results[0];
        return row === undefined ? null : col === undefined ? row : (row[col] ?? null);
      },
      raw: async (o?: { columnNames?: boolean }) => {
        const { results } = await once(stmt);
        const rows = results.map((r) => Object.values(r));
        return o?.columnNames ? [Object.keys(results[0] ?? {}), ...rows] : rows;
      },
    };
    innerOf.set(w, stmt);
    return w as unknown as D1PreparedStatement;
  };
  const metered = {
    prepare: (query: string) => wrap(inner.prepare(query)),
    batch: async (stmts: D1PreparedStatement[]) => {
      usage.roundTrips += 1;
      const results = await inner.batch(stmts.map((s) => innerOf.get(s) ?? s));
      results.forEach(tally);
      return results;
    },
    exec: (query: string) => inner.exec(query),
    withSession: (c?: string) => inner.withSession(c),
  };
  return metered as unknown as D1Database;
}
