/**
 * A backend and worker choice remembered from an earlier timing on the same device, so Start
 * can skip the 10-15 s of timing. The page keeps it (worker/setup-memory.ts: workers have no
 * localStorage); the worker decides whether it still applies, since only it sees the device as
 * TensorFlow.js does: cores, GPU renderers and the TensorFlow.js version make the device key.
 */
import * as tf from '@tensorflow/tfjs-core';
import { activateBackend } from '../../backend/load.ts';
import { probeWebGl, probeWebGpu } from '../../backend/probe.ts';
import type { BackendChoice, BackendName, BackendPreference } from '../../backend/types.ts';
import { MAX_HELPERS } from '../parallel/choose.ts';
import { GradientPool } from '../parallel/pool.ts';
import type { HelperPort } from '../parallel/port.ts';

/** A measured choice and the device key (`deviceKey()`) it was measured under. */
export interface RememberedSetup { device: string; backend: BackendName; workers: number }

const BACKENDS: readonly string[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** Cores, WebGPU adapter and WebGL renderer, TensorFlow.js version: a new GPU, driver or release times again. */
export async function deviceKey(): Promise<string> {
  const [gpu, gl] = [await probeWebGpu(), probeWebGl()];
  return [`cores ${navigator.hardwareConcurrency || 1}`, `webgpu ${gpu.renderer}`, `webgl ${gl.renderer}`, `tfjs ${tf.version_core}`].join('; ');
}

/** `remembered` when it may replace timing: 'auto' was asked for, same device, a sane choice; else null. */
export function usableSetup(preference: BackendPreference, remembered: RememberedSetup | undefined, device: string): RememberedSetup | null {
  if (preference !== 'auto' || !remembered || remembered.device !== device) return null;
  const { backend, workers } = remembered;
  const cpuBackend = backend === 'wasm' || backend === 'cpu';
  const sane = BACKENDS.includes(backend) && Number.isInteger(workers) && workers >= 1 && workers <= (cpuBackend ? MAX_HELPERS + 1 : 1);
  return sane ? remembered : null;
}

/**
 * Activates the remembered backend and starts its helpers (`openHelper`), untimed; throws when
 * the backend no longer starts, so the caller times them all instead.
 */
export async function recallSetup(setup: RememberedSetup, openHelper: () => HelperPort): Promise<{ choice: BackendChoice; pool: GradientPool | null; note: string }> {
  await activateBackend(setup.backend);
  const pool = setup.workers > 1 ? new GradientPool(setup.backend, Array.from({ length: setup.workers - 1 }, openHelper)) : null;
  const reason = 'Remembered from an earlier timing in this browser on this device; it is timed again in the background after training.';
  const note = pool ? `Each batch is split across ${pool.workers} workers, as measured before on this device.` : '';
  return { choice: { backend: setup.backend, reason, timings: [] }, pool, note };
}
