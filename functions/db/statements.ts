import type { D1Database, D1PreparedStatement } from '@cloudflare/workers-types/index';
import type { SQL } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';

const dialect = new SQLiteAsyncDialect();

type Buildable = SQL | { toSQL(): { sql: string; params: unknown[] } };

/**
 * A drizzle `sql` fragment or query builder as a bound D1 statement, for `DB.batch()` (one
 * transaction). drizzle-orm 0.45's own batch() cannot run raw `sql` that has parameters (its
 * SQLiteRaw has no prepared statement), and the standing writes are raw upserts.
 */
export function statement(DB: D1Database, q: Buildable): D1PreparedStatement {
  const { sql, params } = 'toSQL' in q ? q.toSQL() : dialect.sqlToQuery(q);
  return DB.prepare(sql).bind(...params);
}
