/**
 * A local D1 state directory for one bench size and a `wrangler dev` Worker on it. The
 * bench-only wrangler config lifts the rate limits (from one IP they would answer 429) and
 * sets D1_USAGE = "report", so every response carries X-D1-Rows-Read and friends
 * (functions/middleware/d1-usage.ts). Its assets are only the MNIST shards, which the submission
 * grader reads. `root` may be another checkout (the "before" run).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', ASTRO_TELEMETRY_DISABLED: '1' };

export type State = { root: string; config: string; state: string; sqlite: string };

/** Writes the bench config, applies the migrations to a fresh state and returns the D1 sqlite file. */
export function freshState(root: string, dir: string): State {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'assets'), { recursive: true });
  // The submission grader reads the MNIST test shards from the static assets (env.ASSETS).
  const mnist = join(root, 'public/data/mnist');
  if (!existsSync(join(mnist, 'manifest.json'))) spawnSync('npm', ['run', 'data:mnist'], { cwd: root, env: ENV, stdio: 'inherit' });
  cpSync(mnist, join(dir, 'assets/data/mnist'), { recursive: true });
  const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8')
    .replace(/^main = ".*"$/m, `main = "${join(root, 'functions/index.ts')}"`)
    .replace(/^directory = ".*"$/m, `directory = "${join(dir, 'assets')}"`)
    .replace(/^migrations_dir = ".*"$/m, `migrations_dir = "${join(root, 'migrations')}"`)
    .replace(/simple = \{ limit = \d+, period = (\d+) \}/g, 'simple = { limit = 1000000000, period = $1 }');
  const config = join(dir, 'wrangler.toml');
  writeFileSync(config, `${toml}\n[vars]\nD1_USAGE = "report"\n`);
  const state = join(dir, 'state');
  const r = spawnSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--config', config, '--persist-to', state], { cwd: root, env: ENV, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`migrations failed:\n${r.stderr}${r.stdout}`);
  const d1 = join(state, 'v3/d1/miniflare-D1DatabaseObject');
  const file = readdirSync(d1).find((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite');
  if (!file) throw new Error(`no D1 sqlite file under ${d1}`);
  return { root, config, state, sqlite: join(d1, file) };
}

export type Worker = { url: string; stop: () => Promise<void> };

/** Starts wrangler dev on the state (inspector on port + 1) and waits for /api/health. */
export async function startWorker(s: State, port: number): Promise<Worker> {
  const child = spawn('npx', ['wrangler', 'dev', '--config', s.config, '--persist-to', s.state, '--port', String(port), '--ip', '127.0.0.1', '--inspector-port', String(port + 1)], {
    cwd: s.root, env: ENV, detached: true, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* gone */ }
    for (let i = 0; i < 50 && child.exitCode === null && child.signalCode === null; i++) await new Promise((r) => setTimeout(r, 200));
  };
  for (let i = 0; i < 180; i++) {
    if (child.exitCode !== null) break;
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return { url, stop };
    await new Promise((r) => setTimeout(r, 1000));
  }
  await stop();
  throw new Error(`wrangler dev did not start on ${url}:\n${stderr.slice(-2000)}`);
}
