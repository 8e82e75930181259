/**
 * The explorer's grid: one row per digit, the original first, then its augmented variants, each a
 * 28 x 28 canvas scaled up with square pixels. Each variant's label says what it drew.
 */
import type { Draws } from '../augment/pipeline.ts';
import type { Replies } from '../protocol.ts';

function paint(canvas: HTMLCanvasElement, pixels: Float32Array, offset: number): void {
  canvas.width = 28;
  canvas.height = 28;
  const context = canvas.getContext('2d')!;
  const image = context.createImageData(28, 28);
  for (let i = 0; i < 784; i++) {
    const v = 255 - Math.round(Math.min(1, Math.max(0, pixels[offset + i]!)) * 255); // dark ink on white
    image.data.set([v, v, v, 255], i * 4);
  }
  context.putImageData(image, 0, 0);
}

const signed = (v: number, digits = 1) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(digits)}`;

/** What variant `i` drew from each active layer, in words. */
export function describeDraw(draws: Draws, i: number): string {
  const parts: string[] = [];
  if (draws.rotation) parts.push(`rotated ${signed(draws.rotation[i]!)}°`);
  if (draws.shift) parts.push(`shifted ${signed(draws.shift[i]!.dx)} px right, ${signed(draws.shift[i]!.dy)} px down`);
  if (draws.zoom) parts.push(`zoom ${draws.zoom[i]!.y.toFixed(2)}${draws.zoom[i]!.x === draws.zoom[i]!.y ? '' : ` × ${draws.zoom[i]!.x.toFixed(2)}`}`);
  if (draws.contrast) parts.push(`contrast × ${draws.contrast[i]!.toFixed(2)}`);
  return parts.length ? parts.join(', ') : 'unchanged (every factor is 0)';
}

/** Replaces `target`'s content with the grid for an `augment` reply of `variants` per digit. */
export function renderGrid(target: HTMLElement, reply: Replies['augment'], variants: number): void {
  const rows = reply.labels.map((label, d) => {
    const row = document.createElement('li');
    const cells = [{ pixels: reply.originals, offset: d * 784, text: `Original digit ${label}` }];
    for (let v = 0; v < variants; v++) {
      const index = d * variants + v;
      cells.push({ pixels: reply.variants, offset: index * 784, text: `Variant ${v + 1} of digit ${label}: ${describeDraw(reply.draws, index)}` });
    }
    row.append(...cells.map(({ pixels, offset, text }, c) => {
      const canvas = document.createElement('canvas');
      canvas.className = c === 0 ? 'reg-digit reg-original' : 'reg-digit';
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', text);
      canvas.title = text;
      canvas.dataset.part = c === 0 ? 'original' : 'variant';
      paint(canvas, pixels, offset);
      return canvas;
    }));
    return row;
  });
  target.replaceChildren(...rows);
}
