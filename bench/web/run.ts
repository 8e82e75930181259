/**
 * Page-weight budget (not a timed test): loads the catalog and plain module pages in headless
 * Chromium as a first-time visitor, before any interaction, and tallies every response:
 * bytes as served, plus gzip and brotli sizes (Cloudflare compresses text at the edge; local
 * `wrangler dev` may not, so compressed sizes are computed from the bodies). Budgets are
 * checked on gzip, the larger of the two. Also asserts that no TensorFlow.js code loads,
 * including on the CNN module page before its island is started. Report: reports/bench-web.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startWorker } from '../api/worker.ts';
import { measurePage, type PageWeight } from './measure.ts';

const BUDGET = { totalGzip: 50 * 1024, jsGzip: 15 * 1024 };
const PAGES = [
  { name: 'catalog', path: '/', budgeted: true },
  { name: 'module: tensors', path: '/modules/tensors/', budgeted: true },
  { name: 'module: first-network', path: '/modules/first-network/', budgeted: true },
  { name: 'module: cnn (island not started)', path: '/modules/cnn/', budgeted: false },
];

const worker = process.env.BENCH_URL ? null : await startWorker({ port: Number(process.env.BENCH_WEB_PORT ?? 8832), limits: 'as-deployed', name: 'web' });
const base = process.env.BENCH_URL ?? worker!.url;
const failures: string[] = [];
const results: (PageWeight & { budgeted: boolean })[] = [];
try {
  for (const p of PAGES) {
    const weight = await measurePage(base, p.path);
    results.push({ ...weight, budgeted: p.budgeted });
    if (weight.tfjsUrls.length) failures.push(`${p.name}: TensorFlow.js loaded before interaction: ${weight.tfjsUrls.join(', ')}`);
    if (p.budgeted && weight.totals.gzip > BUDGET.totalGzip) failures.push(`${p.name}: ${weight.totals.gzip} B gzip in all > ${BUDGET.totalGzip}`);
    if (p.budgeted && weight.js.gzip > BUDGET.jsGzip) failures.push(`${p.name}: ${weight.js.gzip} B gzip JS > ${BUDGET.jsGzip}`);
    console.log(`${p.name.padEnd(34)} total ${weight.totals.gzip} B gzip / ${weight.totals.brotli} B br (${weight.totals.raw} B raw, ${weight.requests} requests); JS ${weight.js.gzip} B gzip (${weight.js.raw} B raw)`);
  }
} finally {
  worker?.stop();
}

const report = { generatedAt: new Date().toISOString(), base, budget: BUDGET, pages: results, failures, pass: failures.length === 0 };
const out = resolve(import.meta.dirname, '../../reports/bench-web.json');
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(failures.length ? `FAIL\n${failures.join('\n')}` : `All budgets met. Report: ${out}`);
process.exitCode = failures.length ? 1 : 0;
