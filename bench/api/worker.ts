/**
 * Starts a local `wrangler dev` Worker for a bench on its own port, with its own D1 state
 * directory (migrated first), and stops it (its whole process group) afterwards.
 * The inspector takes port + 1. `limits: 'lifted'` writes a bench-only copy of wrangler.toml whose rate limits are far above
 * what a bench sends from one IP, so the limiter does not decide the numbers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', ASTRO_TELEMETRY_DISABLED: '1' };

/** `pgid`: the process group of wrangler and its workerd (for reading CPU time from /proc). */
export interface Worker { url: string; pgid: number; stop: () => void }

function benchConfig(dir: string, dist: string, limits: 'lifted' | 'as-deployed', main: string): string {
  let toml = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8')
    .replace(/^main = ".*"$/m, `main = "${join(ROOT, main)}"`)
    .replace(/^directory = ".*"$/m, `directory = "${dist}"`)
    .replace(/^migrations_dir = ".*"$/m, `migrations_dir = "${join(ROOT, 'migrations')}"`);
  if (limits === 'lifted') toml = toml.replace(/simple = \{ limit = \d+, period = (\d+) \}/g, 'simple = { limit = 1000000, period = $1 }');
  const path = join(dir, 'wrangler.toml');
  writeFileSync(path, toml);
  return path;
}

/** `main`: the Worker entry, relative to the repository (default: the course Worker). */
export async function startWorker(o: { port: number; dist?: string; limits: 'lifted' | 'as-deployed'; name: string; main?: string }): Promise<Worker> {
  const dir = join(tmpdir(), `tfk-bench-${o.name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const config = benchConfig(dir, resolve(ROOT, o.dist ?? process.env.BENCH_DIST ?? 'dist'), o.limits, o.main ?? 'functions/index.ts');
  const state = join(dir, 'state');
  const common = ['--config', config, '--persist-to', state];
  const migrate = spawnSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', ...common], { cwd: ROOT, env: ENV, encoding: 'utf8' });
  if (migrate.status !== 0) throw new Error(`migrations failed:\n${migrate.stderr}${migrate.stdout}`);
  const child = spawn('npx', ['wrangler', 'dev', ...common, '--port', String(o.port), '--ip', '127.0.0.1', '--inspector-port', String(o.port + 1)], {
    cwd: ROOT,
    env: ENV,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  const stop = () => { try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* already gone */ } };
  const url = `http://127.0.0.1:${o.port}`;
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { url, pgid: child.pid!, stop };
    await new Promise((r) => setTimeout(r, 1000));
  }
  stop();
  throw new Error(`wrangler dev did not start on ${url}:\n${stderr.slice(-2000)}`);
}
