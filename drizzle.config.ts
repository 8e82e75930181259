import { defineConfig } from 'drizzle-kit';

// Flat, numbered SQL files (0000_name.sql) in migrations/: the layout `wrangler d1 migrations apply` reads.
// drizzle-kit's own snapshots live in migrations/meta/, which wrangler ignores.
export default defineConfig({
  dialect: 'sqlite',
  schema: './functions/db/schema.ts',
  out: './migrations',
  migrations: { prefix: 'index' },
  strict: true,
  verbose: true,
});
