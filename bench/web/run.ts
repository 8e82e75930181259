/**
 * Page-weight budget (not a timed test): loads the catalog and plain module pages in headless
 * Chromium as a first-time visitor, before any interaction, and tallies every response:
 * bytes as served, plus gzip and brotli sizes (Cloudflare compresses text at the edge; local
 * `wrangler dev` may not, so compressed sizes are computed from the bodies). Budgets are
 * checked on gzip, the larger of the two. Also asserts that no TensorFlow.js code loads,
 * including on the CNN module page before its island is started. Then Lighthouse on mobile
 * settings for the catalog, a plain module, module 4, progress and leaderboards: all four
 * category scores >= 98 and CLS < 0.02 on each (BENCH_LIGHTHOUSE=0 skips it).
 * Report: reports/bench-web.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startWorker } from '../api/worker.ts';
import { measurePage, type PageWeight } from './measure.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';

const BUDGET = { totalGzip: 50 * 1024, jsGzip: 15 * 1024, lighthouseMin: 98, clsMax: 0.02 };
const LIGHTHOUSE_PAGES = ['/', '/modules/tensors/', '/modules/cnn/', '/progress/', '/leaderboards/'];
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
const lighthouse: LighthouseResult[] = [];
try {
  for (const p of PAGES) {
    const weight = await measurePage(base, p.path);
    results.push({ ...weight, budgeted: p.budgeted });
    if (weight.tfjsUrls.length) failures.push(`${p.name}: TensorFlow.js loaded before interaction: ${weight.tfjsUrls.join(', ')}`);
    if (p.budgeted && weight.totals.gzip > BUDGET.totalGzip) failures.push(`${p.name}: ${weight.totals.gzip} B gzip in all > ${BUDGET.totalGzip}`);
    if (p.budgeted && weight.js.gzip > BUDGET.jsGzip) failures.push(`${p.name}: ${weight.js.gzip} B gzip JS > ${BUDGET.jsGzip}`);
    console.log(`${p.name.padEnd(34)} total ${weight.totals.gzip} B gzip / ${weight.totals.brotli} B br (${weight.totals.raw} B raw, ${weight.requests} requests); JS ${weight.js.gzip} B gzip (${weight.js.raw} B raw)`);
  }
  if (process.env.BENCH_LIGHTHOUSE !== '0') {
    for (const path of LIGHTHOUSE_PAGES) {
      const r = await runLighthouse(base, path);
      lighthouse.push(r);
      const low = Object.entries(r.scores).filter(([, v]) => v < BUDGET.lighthouseMin);
      if (low.length) failures.push(`${path}: Lighthouse ${low.map(([k, v]) => `${k} ${v}`).join(', ')} < ${BUDGET.lighthouseMin} (${r.findings.join('; ')})`);
      if (!(r.cls < BUDGET.clsMax)) failures.push(`${path}: CLS ${r.cls.toFixed(3)} >= ${BUDGET.clsMax}`);
      console.log(`lighthouse ${path.padEnd(24)} perf ${r.scores.performance} a11y ${r.scores.accessibility} best ${r.scores.bestPractices} seo ${r.scores.seo} CLS ${r.cls.toFixed(3)}`);
    }
  }
} finally {
  worker?.stop();
}

const report = { generatedAt: new Date().toISOString(), base, budget: BUDGET, pages: results, lighthouse, failures, pass: failures.length === 0 };
const out = resolve(import.meta.dirname, '../../reports/bench-web.json');
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(failures.length ? `FAIL\n${failures.join('\n')}` : `All budgets met. Report: ${out}`);
process.exitCode = failures.length ? 1 : 0;
