import { env } from 'cloudflare:test';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../../functions/db/schema';

// setup.ts applied every file in migrations/ to this run's fresh local D1 with the same
// reader wrangler uses; here the result is compared with what the drizzle schema declares.
const tables: SQLiteTable[] = Object.values(schema).filter((v: unknown): v is SQLiteTable => v instanceof SQLiteTable);

type Col = { name: string; type: string; notnull: number; pk: number };
type Idx = { name: string; unique: number; origin: string };
type Fk = { table: string; from: string; to: string; on_delete: string };

describe('migrations match the drizzle schema', () => {
  it('every migration was applied once', async () => {
    const applied = await env.DB.prepare('SELECT name FROM d1_migrations ORDER BY id').all<{ name: string }>();
    expect(applied.results.map((r) => r.name)).toEqual(env.TEST_MIGRATIONS.map((m) => m.name));
  });

  it('has exactly the tables the schema declares', async () => {
    const found = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name != 'd1_migrations' ORDER BY name",
    ).all<{ name: string }>();
    expect(found.results.map((r) => r.name)).toEqual(tables.map((t) => getTableConfig(t).name).sort());
  });

  for (const table of tables) {
    const config = getTableConfig(table);
    it(`${config.name}: columns, types, nullability, primary key`, async () => {
      const cols = await env.DB.prepare(`SELECT name, type, "notnull", pk FROM pragma_table_info('${config.name}') ORDER BY cid`).all<Col>();
      // A composite primary key numbers its columns 1, 2, ... in table_info.
      const composite = config.primaryKeys[0]?.columns.map((c) => c.name) ?? [];
      const expected = config.columns.map((c) => ({ name: c.name, type: c.getSQLType(), notnull: c.notNull ? 1 : 0, pk: c.primary ? 1 : composite.indexOf(c.name) + 1 }));
      expect(cols.results.map((c) => ({ ...c, type: c.type.toLowerCase() }))).toEqual(expected);
    });

    it(`${config.name}: indexes and uniqueness`, async () => {
      const list = await env.DB.prepare(`SELECT name, "unique", origin FROM pragma_index_list('${config.name}') WHERE origin = 'c' ORDER BY name`).all<Idx>();
      const actual = [];
      for (const idx of list.results) {
        const cols = await env.DB.prepare(`SELECT name FROM pragma_index_info('${idx.name}') ORDER BY seqno`).all<{ name: string }>();
        actual.push({ name: idx.name, unique: idx.unique === 1, columns: cols.results.map((c) => c.name) });
      }
      const expected = config.indexes
        .map((i) => ({ name: i.config.name, unique: i.config.unique, columns: i.config.columns.map((c) => (c as { name: string }).name) }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(actual).toEqual(expected);
    });

    it(`${config.name}: foreign keys`, async () => {
      const fks = await env.DB.prepare(`SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list('${config.name}')`).all<Fk>();
      const expected = config.foreignKeys.map((fk) => {
        const ref = fk.reference();
        return { table: getTableConfig(ref.foreignTable).name, from: ref.columns[0]!.name, to: ref.foreignColumns[0]!.name, on_delete: (fk.onDelete ?? 'no action').toUpperCase() };
      });
      expect(fks.results).toEqual(expected);
    });
  }
});
