/**
 * Backend choice by measurement: the island's own timing probe (a few real steps of its model)
 * runs on each candidate backend, then the fastest wins. GPU backends on a software renderer and
 * the plain cpu backend (unless nothing else works) are only timed when asked (override or `measureAll`): on such machines
 * they are several times slower than wasm, and timing them costs seconds of shader compilation.
 */
import { activateBackend, releaseBackend } from './load.ts';
import { probeWebGl, probeWebGpu, type Probe } from './probe.ts';
import type { BackendChoice, BackendName, BackendPreference, BackendTiming } from './types.ts';

/** Measures the island's work on the active backend: images (or steps) per second, higher is faster. */
export type TimeStep = () => Promise<number>;

async function measure(name: BackendName, software: boolean, timeStep: TimeStep): Promise<BackendTiming> {
  try {
    await activateBackend(name);
    return { name, imagesPerSec: await timeStep(), software };
  } catch (error) {
    return { name, imagesPerSec: null, software, error: (error as Error).message };
  }
}

const fmt = (t: BackendTiming) => `${t.name} ${Math.round(t.imagesPerSec ?? 0)} images/s`;

/**
 * Activates the preferred backend (throws a readable error when it is unusable here), or with
 * 'auto' the fastest by `timeStep`; returns it, why, and every backend's timing or why it was not timed.
 */
export async function chooseBackend(preference: BackendPreference, timeStep: TimeStep, measureAll = false): Promise<BackendChoice> {
  const probes: Record<'webgpu' | 'webgl', Probe> = { webgpu: await probeWebGpu(), webgl: probeWebGl() };
  const timings: BackendTiming[] = [];
  const skipped: string[] = [];
  for (const name of ['webgpu', 'webgl', 'wasm', 'cpu'] as const) {
    const probe = name === 'webgpu' || name === 'webgl' ? probes[name] : { available: true, software: false, renderer: '' };
    // cpu (last) is timed under 'auto' only as the fallback when nothing before it worked: it is
    // never faster than wasm, and timing it costs seconds (a CNN step takes ~10 s on it).
    const fallback = name === 'cpu' ? timings.every((t) => t.imagesPerSec === null) : probe.available && !probe.software;
    const wanted = preference === name || measureAll || (preference === 'auto' && (name === 'wasm' || fallback));
    if (!probe.available) timings.push({ name, imagesPerSec: null, software: false, error: probe.renderer });
    else if (wanted) timings.push(await measure(name, probe.software, timeStep));
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
    reason = `Fastest in a first, short warm-up of this model (timed while still compiling): ${working.map(fmt).join(', ')}.` + (skipped.length ? ` Not timed: ${skipped.join('; ')}.` : '');
  }
  await activateBackend(chosen.name);
  for (const t of timings) if (t.name !== chosen.name && t.imagesPerSec !== null) releaseBackend(t.name);
  return { backend: chosen.name, reason, timings };
}
