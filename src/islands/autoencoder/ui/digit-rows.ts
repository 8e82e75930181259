/**
 * Rows of 28 x 28 digits as pixel canvases (the runtime's drawing/canvas.ts): one row per kind of
 * image (inputs, reconstructions, noisy inputs, denoised), one column per test digit, with the
 * per-image error under each reconstruction.
 */
import { drawChannel, pixelCanvas } from '~/islands/runtime/ui/drawing/canvas.ts';
import { PIXELS } from '../data/errors.ts';

/** One row: a heading, the images (784 values each) and an optional caption per image. */
export interface DigitRow { title: string; part: string; pixels: Float32Array; describe: (i: number) => string; captions?: string[] }

/** Replaces `target`'s content with the rows; every image is labelled for screen readers. */
export function renderDigitRows(target: HTMLElement, rows: DigitRow[]): void {
  target.replaceChildren(...rows.map((row) => {
    const figure = document.createElement('figure');
    figure.className = 'ae-row';
    figure.dataset.part = row.part;
    const caption = document.createElement('figcaption');
    caption.textContent = row.title;
    const cells = document.createElement('div');
    cells.className = 'ae-cells';
    for (let i = 0; i < row.pixels.length / PIXELS; i++) {
      const cell = document.createElement('div');
      const canvas = pixelCanvas(row.describe(i), 'ae-pixels');
      drawChannel(canvas, { width: 28, height: 28, data: row.pixels.subarray(i * PIXELS, (i + 1) * PIXELS) });
      cell.append(canvas);
      if (row.captions) {
        const text = document.createElement('span');
        text.className = 'ae-cell-caption';
        text.textContent = row.captions[i]!;
        cell.append(text);
      }
      cells.append(cell);
    }
    figure.append(caption, cells);
    return figure;
  }));
}

/** An error in the lab's one format: 4 significant digits. */
export const formatError = (value: number): string => value.toPrecision(3);
