// Production build of the bench harness: the same Vite pipeline Astro uses for the island,
// with the site's public/ (MNIST shards, _headers) so the harness sees what the site serves.
import { defineConfig } from 'vite';

const root = new URL('../..', import.meta.url).pathname;

export default defineConfig({
  root: new URL('./harness', import.meta.url).pathname,
  publicDir: `${root}public`,
  base: '/',
  resolve: { alias: { '~': `${root}src` } },
  worker: { format: process.env.BENCH_WORKER_FORMAT === 'iife' ? 'iife' : 'es' },
  build: { outDir: `${root}reports/bench-site`, emptyOutDir: true, assetsDir: '_astro', reportCompressedSize: false },
  logLevel: 'warn',
});
