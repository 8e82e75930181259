/**
 * Forecasts against the truth on the first week of the test period (uPlot). Each forecaster has
 * its own dash pattern and marker size, so the lines tell apart without colour, in both themes.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Result } from '../data/prepare.ts';
import { followTheme, themeColour } from '../../runtime/ui/colour.ts';

/** One size-follower per chart box: a new run's chart replaces the old one's. */
const observers = new WeakMap<HTMLElement, ResizeObserver>();
/** The chart in each box: destroyed when a new run's chart replaces it, so it stops following the theme. */
const plots = new WeakMap<HTMLElement, uPlot>();

/** Steps shown: a week of hourly forecasts, as the module's tip suggests. */
export const SHOWN_STEPS = 168;

const STYLES: Record<string, { dash: number[]; colour: string; fallback: string; points: number }> = {
  naive: { dash: [2, 3], colour: '--ts-naive', fallback: '#6b7280', points: 0 },
  seasonal: { dash: [10, 3, 2, 3], colour: '--ts-seasonal', fallback: '#7c3aed', points: 0 },
  dense: { dash: [8, 4], colour: '--ts-dense', fallback: '#0b57d0', points: 5 },
  conv: { dash: [], colour: '--ts-third', fallback: '#b34700', points: 7 },
  lstm: { dash: [], colour: '--ts-third', fallback: '#b34700', points: 7 },
};

/** Marker indices: every `step`-th point, offset per style so markers of two lines do not overlap. */
const every = (n: number, step: number, offset: number): number[] => Array.from({ length: Math.ceil(n / step) }, (_v, i) => Math.min(n - 1, i * step + offset));

/** Draws the truth (thick solid) and each result's forecasts for the first `SHOWN_STEPS` test targets starting at step `firstStep`. */
export function showForecasts(target: HTMLElement, firstStep: number, truth: Float32Array, results: Result[]): uPlot {
  const n = Math.min(SHOWN_STEPS, truth.length);
  const x = Array.from({ length: n }, (_v, i) => firstStep + i);
  // Resolved at draw time, so the chart follows a theme switch (followTheme redraws it).
  const fg = themeColour(target, '--ts-fg', 'currentColor');
  const grid = themeColour(target, '--ts-grid', 'rgba(127,127,127,0.25)');
  const axis = { stroke: fg, grid: { stroke: grid }, ticks: { stroke: grid } };
  const series: uPlot.Series[] = [{ label: 'step' }, { label: 'truth', stroke: fg, width: 3, points: { show: false } }];
  for (const r of results) {
    const s = STYLES[r.key]!;
    const colour = themeColour(target, s.colour, s.fallback);
    // A filter makes uPlot draw points even with show: false, at a negative radius for size 0.
    const points = s.points > 0 ? { show: true, size: s.points, width: 1, fill: colour, stroke: colour, filter: every(n, 12, s.points) } : { show: false };
    series.push({ label: r.label, stroke: colour, width: 1.5, dash: s.dash, points });
  }
  plots.get(target)?.destroy();
  target.replaceChildren();
  target.dataset.lines = String(results.length + 1);
  const data = [x, Array.from(truth.subarray(0, n)), ...results.map((r) => Array.from(r.testForecast.subarray(0, n)))] as uPlot.AlignedData;
  const width = () => Math.max(240, target.clientWidth);
  const plot = new uPlot({ title: 'Test period: forecasts against the truth (first week)', width: width(), height: 260, scales: { x: { time: false } }, legend: { live: false }, axes: [{ ...axis, label: 'step (hour)' }, { ...axis, label: 'value' }], series, plugins: [followTheme()] }, data, target);
  // Drawn while its section may still be hidden (width 0): follow the box once it has a size.
  observers.get(target)?.disconnect();
  const observer = new ResizeObserver(() => plot.setSize({ width: width(), height: 260 }));
  observer.observe(target);
  observers.set(target, observer);
  plots.set(target, plot);
  return plot;
}
