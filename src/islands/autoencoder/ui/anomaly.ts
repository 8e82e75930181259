/**
 * The anomaly part: the learner draws on the shared pad (MNIST-style 28 x 28 input, as in
 * module 4), the worker reconstructs it, and the page shows the reconstruction, the error, the
 * threshold and the verdict, with the score marked on the validation histogram. Only the latest
 * drawing is scored: strokes that arrive while a score is computed replace the one waiting.
 */
import { drawChannel } from '~/islands/runtime/ui/drawing/canvas.ts';
import { DrawingPad } from '~/islands/runtime/ui/drawing/drawing-pad.ts';
import { part } from '~/islands/runtime/ui/dom.ts';
import { isAnomaly } from '../data/threshold.ts';
import type { RunResult } from '../training/run.ts';
import type { LabClient } from './client.ts';
import { formatError } from './digit-rows.ts';
import { renderHistogram } from './histogram-chart.ts';

export class AnomalyView {
  private run: RunResult | null = null;
  private waiting: Float32Array | null | undefined;
  private busy = false;

  constructor(private readonly root: HTMLElement, private readonly client: LabClient) {
    const pad = new DrawingPad(part<HTMLCanvasElement>(root, 'pad'), (input) => this.request(input));
    part(root, 'pad-clear').addEventListener('click', () => pad.clear());
    part<HTMLFormElement>(root, 'test-digit-form').addEventListener('submit', (e) => { e.preventDefault(); void this.scoreTestDigit(); });
  }

  /** Scores test image #n through the same path as a drawing: without a pointer, the keyboard way in. */
  private async scoreTestDigit(): Promise<void> {
    const input = part<HTMLInputElement>(this.root, 'test-digit-index'), error = part(this.root, 'test-digit-error');
    const index = Number(input.value);
    const ok = input.value.trim() !== '' && Number.isInteger(index) && index >= 0 && index <= 9999;
    error.hidden = ok;
    error.textContent = ok ? '' : 'Choose a test digit number from 0 to 9,999.';
    input.setAttribute('aria-invalid', String(!ok));
    if (!ok) return;
    try {
      const { pixels } = await this.client.request({ type: 'test-digit', index });
      this.request(pixels);
    } catch (e) {
      error.hidden = false;
      error.textContent = (e as Error).message;
    }
  }

  /** A new trained model and threshold: redraw the histogram (and re-score a drawing on the pad). */
  setRun(run: RunResult): void {
    this.run = run;
    part(this.root, 'threshold').textContent = `${formatError(run.threshold)} (the ${run.percentile}th percentile of ${run.validationErrors.length.toLocaleString('en-US')} held-out normal digits)`;
    part(this.root, 'threshold').dataset.value = String(run.threshold);
    this.show(null, null);
  }

  private request(input: Float32Array | null): void {
    this.waiting = input;
    if (!this.busy) void this.drain();
  }

  private async drain(): Promise<void> {
    this.busy = true;
    try {
      while (this.waiting !== undefined) {
        const input = this.waiting;
        this.waiting = undefined;
        if (!input || !this.run) { this.show(null, null); continue; }
        try {
          const { reconstruction, error } = await this.client.request({ type: 'score', pixels: input.slice() });
          if (this.waiting === undefined) this.show(input, { reconstruction, error });
        } catch (e) {
          part(this.root, 'verdict').textContent = `Scoring failed: ${(e as Error).message}`;
        }
      }
    } finally {
      this.busy = false;
    }
  }

  private show(input: Float32Array | null, scored: { reconstruction: Float32Array; error: number } | null): void {
    const run = this.run;
    if (!run) return;
    const score = part(this.root, 'score'), verdict = part(this.root, 'verdict');
    const [inputCanvas, outputCanvas] = [part<HTMLCanvasElement>(this.root, 'drawing-input'), part<HTMLCanvasElement>(this.root, 'drawing-output')];
    drawChannel(inputCanvas, { width: 28, height: 28, data: input ?? new Float32Array(784) });
    drawChannel(outputCanvas, { width: 28, height: 28, data: scored?.reconstruction ?? new Float32Array(784) });
    if (!scored) {
      score.textContent = '—';
      delete score.dataset.value;
      verdict.textContent = 'The pad is empty: draw a digit, a letter or a scribble to score it.';
      verdict.dataset.verdict = 'empty';
    } else {
      const anomaly = isAnomaly(scored.error, run.threshold);
      score.textContent = formatError(scored.error);
      score.dataset.value = String(scored.error);
      verdict.textContent = anomaly
        ? `Anomaly: the error is ${(scored.error / run.threshold).toFixed(1)} times the threshold. The autoencoder cannot rebuild this well.`
        : `Normal: the error is below the threshold (${formatError(scored.error)} ≤ ${formatError(run.threshold)}), like ${run.percentile}% of the held-out digits.`;
      verdict.dataset.verdict = anomaly ? 'anomaly' : 'normal';
    }
    renderHistogram(part(this.root, 'histogram'), run.validationErrors, run.threshold, run.percentile, scored?.error ?? null);
  }
}
