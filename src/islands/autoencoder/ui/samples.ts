/**
 * The first two parts of the results: test digits beside their reconstructions, and the same
 * digits with test noise of the slider's standard deviation beside what the denoiser makes of them.
 * Moving the slider asks the worker again (latest value wins); the noise is seeded, so a value
 * always shows the same noisy digits.
 */
import { part } from '~/islands/runtime/ui/dom.ts';
import { MAX_NOISE_STD } from '../data/noise.ts';
import type { LabClient } from './client.ts';
import { formatError, renderDigitRows } from './digit-rows.ts';

const NOISE_SEED = 17;

export class SamplesView {
  private pending: number | undefined;
  private busy = false;
  private trainNoise = 0;

  constructor(private readonly root: HTMLElement, private readonly client: LabClient) {
    part<HTMLInputElement>(root, 'test-noise').addEventListener('input', () => void this.update());
  }

  /** Shows the rows for the model just trained (with noise `trainNoise` in training). */
  async refresh(trainNoise: number): Promise<void> {
    this.trainNoise = trainNoise;
    await this.update();
  }

  private readNoise(): number | null {
    const input = part<HTMLInputElement>(this.root, 'test-noise');
    const value = Number(input.value);
    const ok = input.value.trim() !== '' && value >= 0 && value <= MAX_NOISE_STD;
    const error = part(this.root, 'test-noise-error');
    error.hidden = ok;
    error.textContent = ok ? '' : `The test noise must be a standard deviation from 0 to ${MAX_NOISE_STD}.`;
    input.setAttribute('aria-invalid', String(!ok));
    part(this.root, 'test-noise-value').textContent = ok ? value.toFixed(2) : '—';
    return ok ? value : null;
  }

  private async update(): Promise<void> {
    const noise = this.readNoise();
    if (noise === null) return;
    this.pending = noise;
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.pending !== undefined) {
        const std = this.pending;
        this.pending = undefined;
        const s = await this.client.request({ type: 'samples', noiseStd: std, seed: NOISE_SEED });
        const label = (i: number) => `test digit ${i + 1}, a ${s.labels[i]}`;
        renderDigitRows(part(this.root, 'clean-rows'), [
          { title: 'Test digits (input)', part: 'inputs', pixels: s.clean, describe: (i) => `Input: ${label(i)}` },
          { title: 'Reconstructions (error under each)', part: 'reconstructions', pixels: s.fromClean, describe: (i) => `Reconstruction of ${label(i)}, error ${formatError(s.cleanErrors[i]!)}`, captions: s.cleanErrors.map(formatError) },
        ]);
        renderDigitRows(part(this.root, 'noisy-rows'), [
          { title: `Noisy inputs (Gaussian noise, std ${std.toFixed(2)}, clipped to [0, 1])`, part: 'noisy', pixels: s.noisy, describe: (i) => `Noisy input: ${label(i)} with noise of standard deviation ${std.toFixed(2)}` },
          { title: 'Denoised (error against the clean digit)', part: 'denoised', pixels: s.fromNoisy, describe: (i) => `Denoised ${label(i)}, error against the clean digit ${formatError(s.noisyErrors[i]!)}`, captions: s.noisyErrors.map(formatError) },
        ]);
        const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
        part(this.root, 'noise-note').textContent = `Trained on noise of standard deviation ${this.trainNoise.toFixed(2)}; shown with ${std.toFixed(2)}. Mean error of the denoised digits against the clean ones: ${formatError(mean(s.noisyErrors))} (clean inputs: ${formatError(mean(s.cleanErrors))}).`;
        part(this.root, 'noisy-rows').dataset.noise = String(std);
      }
    } finally {
      this.busy = false;
    }
  }
}
