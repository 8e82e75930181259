/**
 * One kernel's weights before (float32) and after quantization: two labelled panels on the same
 * value axis and count scale, drawn on canvases (solid bars before, outlined bars after, so the
 * pair reads without colour), in the theme's colours, redrawn on resize and theme change.
 */
import { cssColour } from '../../runtime/ui/colour.ts';
import { distinctCount, extent, histogram } from '../model/histogram.ts';

/** The two panels' canvases and their captions' text targets. */
export interface HistogramTargets { before: HTMLCanvasElement; after: HTMLCanvasElement; summary: HTMLElement }

const HEIGHT = 150;
const AXIS = 18; // px under the bars for the value labels

function draw(canvas: HTMLCanvasElement, counts: Uint32Array, top: number, lo: number, hi: number, solid: boolean): void {
  const width = Math.max(200, canvas.parentElement?.clientWidth ?? 300);
  const ratio = globalThis.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(HEIGHT * ratio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${HEIGHT}px`;
  const g = canvas.getContext('2d')!;
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  const fg = cssColour(canvas, '--fg', '#1b1f24');
  const bar = cssColour(canvas, solid ? '--fg' : '--accent', solid ? '#1b1f24' : '#0b57d0');
  g.clearRect(0, 0, width, HEIGHT);
  const plot = HEIGHT - AXIS;
  const step = width / counts.length;
  g.fillStyle = bar;
  g.strokeStyle = bar;
  g.lineWidth = 1;
  counts.forEach((count, i) => {
    const h = top > 0 ? (count / top) * (plot - 4) : 0;
    if (h <= 0) return;
    if (solid || step < 3) g.fillRect(i * step, plot - h, Math.max(1, step - (step >= 3 ? 1 : 0)), h);
    else g.strokeRect(i * step + 0.5, plot - h + 0.5, step - 1.5, h - 1);
  });
  g.fillStyle = fg;
  g.fillRect(0, plot, width, 1);
  g.font = '12px system-ui, sans-serif';
  g.textBaseline = 'bottom';
  g.textAlign = 'left';
  g.fillText(lo.toPrecision(3), 0, HEIGHT);
  g.textAlign = 'right';
  g.fillText(hi.toPrecision(3), width, HEIGHT);
  if (lo < 0 && hi > 0) {
    const x = ((0 - lo) / (hi - lo)) * width;
    g.fillRect(x, plot, 1, 5);
    g.textAlign = 'center';
    g.fillText('0', x, HEIGHT);
  }
}

/** Draws `before` vs `after` in `bins` bins over their joint range; returns the summary sentence. */
export function showHistograms(targets: HistogramTargets, before: Float32Array, after: Float32Array, bins: number, afterLabel: string): string {
  const [lo0, hi0] = extent(before);
  const [lo1, hi1] = extent(after);
  const lo = Math.min(lo0, lo1), hi = Math.max(hi0, hi1);
  const a = histogram(before, bins, lo, hi);
  const b = histogram(after, bins, lo, hi);
  const top = Math.max(...a, ...b);
  draw(targets.before, a, top, lo, hi, true);
  draw(targets.after, b, top, lo, hi, false);
  const text = `${before.length.toLocaleString('en-US')} weights from ${lo.toPrecision(3)} to ${hi.toPrecision(3)} in ${bins} bins. Distinct values: ${distinctCount(before).toLocaleString('en-US')} in float32, ${distinctCount(after).toLocaleString('en-US')} in ${afterLabel}.`;
  targets.summary.textContent = text;
  return text;
}
