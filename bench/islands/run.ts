/**
 * `npm run bench:islands`: every island's default run on the built site (served by wrangler dev,
 * like production), in Debian Chromium with --disable-gpu so the wasm backend is chosen. Per
 * island: JavaScript the page loads before Start (raw and gzip), seconds from Start until the
 * result is shown, peak RSS of the Chromium process tree and peak JS heap (page + workers).
 * Islands are the files in entries/ (BENCH_ISLANDS=name1,name2 runs a subset).
 * Env: BENCH_ISLANDS_PORT (8904; the inspector takes the next port), BENCH_URL (use a running site).
 * Report: reports/bench-islands.json. Needs `npm run build` first.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startWorker } from '../api/worker.ts';
import { measurePage } from '../web/measure.ts';
import type { IslandEntry } from './entry.ts';
import { findChromium, HeapWatcher, treeRss } from './memory.ts';

const MB = 1024 * 1024;
const SAMPLE_MS = 250;

async function entries(): Promise<IslandEntry[]> {
  const dir = resolve(import.meta.dirname, 'entries');
  const all = await Promise.all(readdirSync(dir).filter((f) => f.endsWith('.ts')).sort().map(async (f) => (await import(resolve(dir, f))).default as IslandEntry));
  const wanted = process.env.BENCH_ISLANDS?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted?.filter((w) => !all.some((e) => e.name === w)) ?? [];
  if (unknown.length) throw new Error(`Unknown island(s) ${unknown.join(', ')}; known: ${all.map((e) => e.name).join(', ')}.`);
  return wanted ? all.filter((e) => wanted.includes(e.name)) : all.filter((e) => !e.onRequestOnly);
}

/** One island's default run in a fresh browser; memory is sampled from just before Start until the result. */
async function runIsland(base: string, entry: IslandEntry) {
  const weight = await measurePage(base, entry.path);
  const browser = await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const chromiumPid = findChromium();
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}${entry.path}`, { waitUntil: 'networkidle' });
    const island = page.locator(entry.root);
    await island.scrollIntoViewIfNeeded();
    const heap = await HeapWatcher.attach(page);
    const peak = { rss: 0, heap: 0, heapPage: 0, heapWorkers: 0, workers: 0 };
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        if (chromiumPid !== null) peak.rss = Math.max(peak.rss, treeRss(chromiumPid));
        const h = await heap.sample().catch(() => ({ page: 0, workers: 0, count: 0 }));
        if (h.page + h.workers > peak.heap) Object.assign(peak, { heap: h.page + h.workers, heapPage: h.page, heapWorkers: h.workers });
        peak.workers = Math.max(peak.workers, h.count);
        await new Promise((r) => setTimeout(r, SAMPLE_MS));
      }
    })();
    const started = performance.now();
    let result: Record<string, number | string>;
    try {
      await entry.start(island);
      result = await entry.result(island);
    } finally {
      sampling = false;
      await sampler;
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      name: entry.name, title: entry.title, path: entry.path, seconds, result,
      jsBeforeStart: { raw: weight.js.raw, gzip: weight.js.gzip, files: weight.resources.filter((r) => r.type === 'script').map((r) => r.url) },
      tfjsBeforeStart: weight.tfjsUrls,
      peakRssBytes: chromiumPid === null ? null : peak.rss,
      peakJsHeapBytes: { total: peak.heap, page: peak.heapPage, workers: peak.heapWorkers, workersSeen: peak.workers },
    };
  } finally {
    await browser.close();
  }
}

const islands = await entries();
const server = process.env.BENCH_URL ? null : await startWorker({ port: Number(process.env.BENCH_ISLANDS_PORT ?? 8904), limits: 'lifted', name: 'islands' });
const base = process.env.BENCH_URL ?? server!.url;
const load = { before: loadavg()[0] ?? 0, after: 0 };
const results: Awaited<ReturnType<typeof runIsland>>[] = [];
const failures: string[] = [];
try {
  for (const entry of islands) {
    console.log(`[bench:islands] ${entry.name}: ${entry.title}…`);
    try {
      results.push(await runIsland(base, entry));
    } catch (error) {
      failures.push(`${entry.name}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
} finally {
  server?.stop();
}
load.after = loadavg()[0] ?? 0;

console.log(`\n${'island'.padEnd(14)} ${'JS before Start (gzip / raw)'.padEnd(30)} ${'run s'.padStart(7)} ${'peak RSS'.padStart(10)} ${'peak JS heap'.padStart(13)}  result`);
for (const r of results) {
  const js = `${(r.jsBeforeStart.gzip / 1024).toFixed(1)} KB / ${(r.jsBeforeStart.raw / 1024).toFixed(1)} KB`;
  const rss = r.peakRssBytes === null ? '?' : `${(r.peakRssBytes / MB).toFixed(0)} MB`;
  console.log(`${r.name.padEnd(14)} ${js.padEnd(30)} ${r.seconds.toFixed(1).padStart(7)} ${rss.padStart(10)} ${`${(r.peakJsHeapBytes.total / MB).toFixed(0)} MB`.padStart(13)}  ${JSON.stringify(r.result)}`);
}
console.log(`load average (1 min): ${load.before.toFixed(2)} before, ${load.after.toFixed(2)} after; the 60 s target assumes an idle machine.`);
for (const f of failures) console.log(`FAILED ${f}`);

const out = resolve(import.meta.dirname, '../../reports/bench-islands.json');
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(out, `${JSON.stringify({ generatedAt: new Date().toISOString(), base, loadAverage: load, islands: results, failures }, null, 2)}\n`);
console.log(`Report: ${out}`);
process.exitCode = failures.length ? 1 : 0;
