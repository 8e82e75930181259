/**
 * Backend choice by measurement: a few real training steps of this exact model on each
 * candidate backend, then the fastest wins. GPU backends on a software renderer and the plain
 * cpu backend are only timed when asked (override or `measureAll`): on such machines they are
 * several times slower than wasm, and timing them costs seconds of shader compilation.
 */
import * as tf from '@tensorflow/tfjs-core';
import { buildCnn } from '../model/build.ts';
import type { BackendName, BackendPreference, BackendTiming, Replies } from '../protocol';
import { trainStep } from '../training/step.ts';
import { imagesPerSecond } from '../training/timing.ts';
import { activateBackend, releaseBackend } from './load.ts';
import { probeWebGl, probeWebGpu, type Probe } from './probe.ts';

const PROBE_BATCH = 32;

/** Images per second of real training steps of this model on the active backend. */
export async function timeTraining(batchSize = PROBE_BATCH): Promise<number> {
  const model = buildCnn();
  const optimizer = tf.train.adam(0.001);
  const x = tf.randomUniform([batchSize, 28, 28, 1]) as tf.Tensor4D;
  const y = tf.tensor1d(Array.from({ length: batchSize }, (_, i) => i % 10), 'int32');
  try {
    return await imagesPerSecond(async () => {
      const { loss, correct } = trainStep(model, optimizer, x, y);
      await loss.data();
      tf.dispose([loss, correct]);
    }, batchSize);
  } finally {
    tf.dispose([x, y]);
    model.dispose();
    optimizer.dispose();
  }
}

async function measure(name: BackendName, software: boolean): Promise<BackendTiming> {
  try {
    await activateBackend(name);
    return { name, imagesPerSec: await timeTraining(), software };
  } catch (error) {
    return { name, imagesPerSec: null, software, error: (error as Error).message };
  }
}

const fmt = (t: BackendTiming) => `${t.name} ${Math.round(t.imagesPerSec ?? 0)} images/s`;

export async function chooseBackend(preference: BackendPreference, measureAll = false): Promise<Pick<Replies['init'], 'backend' | 'reason' | 'timings'>> {
  const probes: Record<'webgpu' | 'webgl', Probe> = { webgpu: await probeWebGpu(), webgl: probeWebGl() };
  const timings: BackendTiming[] = [];
  const skipped: string[] = [];
  for (const name of ['webgpu', 'webgl', 'wasm', 'cpu'] as const) {
    const probe = name === 'webgpu' || name === 'webgl' ? probes[name] : { available: true, software: false, renderer: '' };
    const wanted = preference === name || measureAll || (preference === 'auto' && (name === 'wasm' || (probe.available && !probe.software)));
    if (!probe.available) timings.push({ name, imagesPerSec: null, software: false, error: probe.renderer });
    else if (wanted) timings.push(await measure(name, probe.software));
    else {
      timings.push({ name, imagesPerSec: null, software: probe.software, error: probe.software ? `software renderer (${probe.renderer}); not timed` : 'not timed: wasm is faster on every device' });
      skipped.push(probe.software ? `${name} runs on a software renderer (${probe.renderer})` : name);
    }
  }
  const working = timings.filter((t) => t.imagesPerSec !== null).sort((a, b) => b.imagesPerSec! - a.imagesPerSec!);
  let chosen: BackendTiming | undefined;
  let reason: string;
  if (preference !== 'auto') {
    chosen = timings.find((t) => t.name === preference);
    if (!chosen || chosen.imagesPerSec === null) throw new Error(`The ${preference} backend is not usable here: ${chosen?.error ?? 'unknown reason'}. Choose "auto" or another backend.`);
    reason = `You chose ${preference}; its warm-up ran at ${Math.round(chosen.imagesPerSec)} images/s.`;
  } else {
    chosen = working[0];
    if (!chosen) throw new Error(`No TensorFlow.js backend works in this browser (${timings.map((t) => `${t.name}: ${t.error}`).join('; ')}).`);
    reason = `Fastest in a warm-up of this model: ${working.map(fmt).join(', ')}.` + (skipped.length ? ` Not timed: ${skipped.join('; ')}.` : '');
  }
  await activateBackend(chosen.name);
  for (const t of timings) if (t.name !== chosen.name && t.imagesPerSec !== null) releaseBackend(t.name);
  return { backend: chosen.name, reason, timings };
}
