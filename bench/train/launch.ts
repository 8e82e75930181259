/**
 * Builds the bench harness (production Vite build of bench/train/harness with the island's real
 * worker), serves it like the site and opens it in headless Debian Chromium. Shared by
 * `npm run bench:train` and `npm run bench:train:profile`.
 */
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from '@playwright/test';
import { buildShards } from '../../scripts/mnist/build-shards.ts';
import { emptyTally, serve, type Tally } from './server.ts';

export const root = new URL('../..', import.meta.url).pathname;
const site = `${root}reports/bench-site`;

/** A log line with the time, prefixed with the bench's name. */
export const logger = (name: string) => (...args: unknown[]) => console.log(`[${name} ${new Date().toISOString().slice(11, 19)}]`, ...args);

export interface Harness { browser: Browser; page: Page; server: Server; tally: { current: Tally }; close(): Promise<void> }

/** Builds, serves on `port` and opens the harness page; `window.bench` is ready when this resolves. */
export async function openHarness(port: number, log: (...args: unknown[]) => void): Promise<Harness> {
  buildShards();
  log('building harness…');
  const built = spawnSync('npx', ['vite', 'build', '--config', 'bench/train/vite.config.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (built.status !== 0) throw new Error('harness build failed');
  const tally = { current: emptyTally() };
  const server = await serve(site, port, tally);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    // The unsafe-* flags let WebGL/WebGPU run on SwiftShader so they can be timed at all here.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--enable-unsafe-swiftshader', '--enable-unsafe-webgpu', '--enable-blink-features=ForceEagerMeasureMemory'],
  });
  const page = await (await browser.newContext()).newPage();
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') log('page:', m.text()); });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => (window as any).bench);
  return { browser, page, server, tally, close: async () => { await browser.close(); server.close(); } };
}
