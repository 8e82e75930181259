/**
 * The validation digits' reconstruction errors as a bar chart (inline SVG, styled by the lab's CSS
 * for both themes), with the threshold as a dashed line and the scored input (a drawing or a test digit) as a solid one.
 * A score beyond the largest validation error is pinned to the right edge with an arrow.
 */
import { histogram } from '../data/histogram.ts';
import { formatError } from './digit-rows.ts';

// Labels sit in two rows above the bars (threshold, then the scored input), so neither covers a bar or the other.
const H = 190, LEFT = 8, RIGHT = 8, TOP = 40, BOTTOM = 34, BINS = 30;
const THRESHOLD_ROW = 14, SCORE_ROW = 31;
const SVG = 'http://www.w3.org/2000/svg';

function node(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Draws the chart into `target`; `score` is the drawing's error, or null when nothing is drawn. */
export function renderHistogram(target: HTMLElement, errors: Float32Array, threshold: number, percentileUsed: number, score: number | null): void {
  // One SVG unit per CSS pixel of the box (280-576 px): text keeps its size on a phone instead of shrinking with the chart.
  const W = Math.max(280, Math.min(576, Math.round(target.clientWidth || 320)));
  /** A label beside the line at `at`: to its left on the right half, to its right on the left half. */
  const beside = (at: number) => (at > W / 2 ? { x: at - 4, 'text-anchor': 'end' } : { x: at + 4, 'text-anchor': 'start' });
  const max = Math.max(threshold, ...errors) * 1.05;
  const { counts } = histogram(errors, BINS, 0, max);
  const top = Math.max(...counts, 1);
  const x = (v: number) => LEFT + (Math.min(v, max) / max) * (W - LEFT - RIGHT);
  const y = (c: number) => H - BOTTOM - (c / top) * (H - TOP - BOTTOM);
  const svg = node('svg', { viewBox: `0 0 ${W} ${H}`, class: 'ae-histogram', role: 'img' });
  const barWidth = (W - LEFT - RIGHT) / BINS;
  counts.forEach((c, i) => { if (c > 0) svg.append(node('rect', { class: 'ae-bar', x: LEFT + i * barWidth + 0.5, y: y(c), width: barWidth - 1, height: H - BOTTOM - y(c) })); });
  svg.append(node('line', { class: 'ae-axis', x1: LEFT, x2: W - RIGHT, y1: H - BOTTOM, y2: H - BOTTOM }));
  svg.append(node('text', { class: 'ae-tick', x: LEFT, y: H - BOTTOM + 14 }, '0'));
  svg.append(node('text', { class: 'ae-tick', x: W - RIGHT, y: H - BOTTOM + 14, 'text-anchor': 'end' }, formatError(max)));
  svg.append(node('text', { class: 'ae-tick', x: W / 2, y: H - 4, 'text-anchor': 'middle' }, 'reconstruction error (MSE per image)'));
  svg.append(node('line', { class: 'ae-threshold', x1: x(threshold), x2: x(threshold), y1: THRESHOLD_ROW + 4, y2: H - BOTTOM }));
  svg.append(node('text', { class: 'ae-tick', ...beside(x(threshold)), y: THRESHOLD_ROW }, `threshold (${percentileUsed}th pct.)`));
  let said = '';
  if (score !== null) {
    const beyond = score > max;
    svg.append(node('line', { class: 'ae-score', x1: x(score), x2: x(score), y1: SCORE_ROW + 4, y2: H - BOTTOM }));
    svg.append(node('text', { class: 'ae-score-label', ...beside(x(score)), y: SCORE_ROW }, beyond ? 'your input →' : 'your input'));
    said = ` The scored input's error, ${formatError(score)}, is marked${beyond ? ' at the right edge: it is beyond every validation digit' : ''}.`;
  }
  svg.setAttribute('aria-label', `Histogram of the reconstruction errors of ${errors.length.toLocaleString('en-US')} held-out validation digits, from 0 to ${formatError(max)}; the threshold at ${formatError(threshold)} is the ${percentileUsed}th percentile.${said}`);
  target.replaceChildren(svg);
  target.dataset.bins = String(BINS);
}
