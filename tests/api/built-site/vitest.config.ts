import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Node-side check of the built site (needs dist/): `npm run test:leaks`, run after the build.
export default defineConfig({
  root: fileURLToPath(new URL('../../../', import.meta.url)),
  test: { name: 'built-site', include: ['tests/api/built-site/*.check.ts'], environment: 'node' },
});
