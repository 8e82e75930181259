import { applyD1Migrations, env } from 'cloudflare:test';

// Every test file starts from the real migrations (applyD1Migrations skips ones already applied).
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
