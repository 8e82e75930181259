/** Loads one page in a fresh Chromium context and tallies what it transferred, by type. */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

export interface Sizes { raw: number; served: number; gzip: number; brotli: number }
export interface PageWeight {
  path: string;
  requests: number;
  totals: Sizes;
  js: Sizes;
  byType: Record<string, Sizes>;
  resources: { url: string; type: string; raw: number; gzip: number }[];
  tfjsUrls: string[];
}

// Markers found in every TensorFlow.js chunk of the build (kernel configs, flags); the chunks
// themselves have hashed, neutral names, so URLs cannot tell.
const TFJS = /kernelName|tfjsflags|@tensorflow\/tfjs/;
const zero = (): Sizes => ({ raw: 0, served: 0, gzip: 0, brotli: 0 });
const add = (a: Sizes, b: Sizes) => { a.raw += b.raw; a.served += b.served; a.gzip += b.gzip; a.brotli += b.brotli; };

export async function measurePage(base: string, path: string): Promise<PageWeight> {
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    const pending: Promise<void>[] = [];
    const resources: PageWeight['resources'] = [];
    const byType: Record<string, Sizes> = {};
    const tfjsUrls: string[] = [];
    page.on('response', (res) => {
      pending.push((async () => {
        const body = await res.body().catch(() => Buffer.alloc(0));
        const sizes = await res.request().sizes().catch(() => ({ responseBodySize: body.length, responseHeadersSize: 0 }));
        const type = res.request().resourceType();
        const s: Sizes = {
          raw: body.length,
          served: sizes.responseBodySize,
          gzip: body.length ? gzipSync(body, { level: 9 }).length : 0,
          brotli: body.length ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length : 0,
        };
        add((byType[type] ??= zero()), s);
        resources.push({ url: res.url().replace(base, ''), type, raw: s.raw, gzip: s.gzip });
        if ((type === 'script' || /\.m?js(\?|$)/.test(res.url())) && TFJS.test(body.toString('latin1'))) tfjsUrls.push(res.url());
      })());
    });
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    const totals = zero();
    for (const s of Object.values(byType)) add(totals, s);
    return { path, requests: resources.length, totals, js: byType.script ?? zero(), byType, resources, tfjsUrls };
  } finally {
    await browser.close();
  }
}
