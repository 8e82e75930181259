/**
 * Shows the batch a forward pass took: its first digits as small images with their label and
 * the model's prediction, plus how big the batch is and where it came from.
 */
import type { ForwardResult } from '../training/results.ts';
import { part } from '~/islands/runtime/ui/dom';

/** How many of the batch's digits are drawn (the rest are only counted). */
export const SHOWN_DIGITS = 12;

function digitCanvas(pixels: Uint8Array, index: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 28;
  const context = canvas.getContext('2d')!;
  const image = context.createImageData(28, 28);
  for (let p = 0; p < 784; p++) {
    const ink = 255 - pixels[index * 784 + p]!; // dark ink on white, readable in both themes
    image.data.set([ink, ink, ink, 255], p * 4);
  }
  context.putImageData(image, 0, 0);
  return canvas;
}

/** Replaces the batch view with `result`'s first digits and the batch's loss. */
export function showBatch(root: HTMLElement, result: ForwardResult): void {
  const list = part(root, 'batch');
  list.replaceChildren(...Array.from({ length: Math.min(SHOWN_DIGITS, result.batchSize) }, (_, i) => {
    const item = document.createElement('li');
    const label = result.labels[i]!, predicted = result.predictions[i]!;
    const canvas = digitCanvas(result.pixels, i);
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', `Digit ${i + 1}: labelled ${label}, predicted ${predicted}`);
    const [truth, guess] = [document.createElement('span'), document.createElement('span')];
    truth.textContent = `y = ${label}`;
    guess.textContent = `ŷ = ${predicted}`;
    if (label === predicted) item.classList.add('right');
    item.append(canvas, truth, guess);
    return item;
  }));
  part(root, 'batch-info').textContent = `Step ${result.step}: batch ${result.batchNumber} of epoch ${result.epoch} over the subset, ${result.batchSize} images (the first ${Math.min(SHOWN_DIGITS, result.batchSize)} shown; ŷ is the prediction with dropout active).`;
  const loss = part(root, 'loss');
  loss.textContent = result.loss.toFixed(4);
  loss.dataset.value = String(result.loss);
}
