/**
 * `npm start` in a real terminal must never stop for input: wrangler asks "apply N
 * migration(s)? (Y/n)" when its stdin is a terminal. `script` gives the command a
 * pseudo-terminal, as a learner's shell would; nothing is ever typed into it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function inTerminal(command: string, timeoutMs: number): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { output += d.toString(); });
    const timer = setTimeout(() => { process.kill(-child.pid!, 'SIGKILL'); resolve({ code: null, output, timedOut: true }); }, timeoutMs);
    child.on('exit', (code) => { clearTimeout(timer); resolve({ code, output, timedOut: false }); });
  });
}

describe('npm start in a terminal', () => {
  it('applies the local D1 migrations without asking', async () => {
    const state = mkdtempSync(join(tmpdir(), 'tfk-setup-'));
    try {
      const run = await inTerminal(`npm run db:migrate:local -- --persist-to ${state}`, 90_000);
      expect(run.timedOut, `waited for input:\n${run.output.slice(-600)}`).toBe(false);
      expect(run.code, run.output.slice(-600)).toBe(0);
      expect(run.output).toMatch(/✅|applied|No migrations to apply/i);
    } finally {
      rmSync(state, { recursive: true, force: true });
    }
  }, 120_000);
});
