import { defineConfig } from 'vitest/config';

// Placeholder until the API work (issue 3) configures @cloudflare/vitest-plugin here.
export default defineConfig({ test: { name: 'api', include: ['tests/api/**/*.test.ts'], passWithNoTests: true } });
