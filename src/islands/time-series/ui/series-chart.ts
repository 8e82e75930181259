/**
 * The windowing on the series (uPlot): the start of the series as a thin line, one window's
 * inputs drawn thick and its target as a large outlined dot, so they read without colour.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { followTheme, themeColour } from '../../runtime/ui/colour.ts';

/** Chart of `values[0..shown)` with the window at `start` of `window` steps and the target `horizon` after it. */
export class SeriesChart {
  private chart: uPlot | null = null;
  private readonly resize = new ResizeObserver(() => this.chart?.setSize({ width: this.width(), height: 240 }));

  constructor(private readonly target: HTMLElement) { this.resize.observe(target); }

  private width(): number { return Math.max(240, this.target.clientWidth); }

  /** Draws (or redraws) the chart; `shown` steps from the series start. */
  show(values: Float32Array, shown: number, start: number, window: number, horizon: number): void {
    const x = Array.from({ length: shown }, (_v, t) => t);
    const line = Array.from(values.subarray(0, shown));
    const input = x.map((t) => (t >= start && t < start + window ? values[t]! : null));
    const targetAt = start + window + horizon - 1;
    const target = x.map((t) => (t === targetAt ? values[t]! : null));
    const data = [x, line, input, target] as uPlot.AlignedData;
    this.chart ??= this.create();
    this.chart.setData(data);
    this.target.dataset.windowStart = String(start);
    this.target.setAttribute('aria-label', `Chart: the first ${shown} steps of the series; the input window covers steps ${start} to ${start + window - 1} (drawn thick) and its target is step ${targetAt} (a large dot).`);
  }

  private create(): uPlot {
    // Resolved at draw time, so the chart follows a theme switch (followTheme redraws it).
    const fg = themeColour(this.target, '--ts-fg', 'currentColor');
    const grid = themeColour(this.target, '--ts-grid', 'rgba(127,127,127,0.25)');
    const axis = { stroke: fg, grid: { stroke: grid }, ticks: { stroke: grid } };
    const accent = themeColour(this.target, '--ts-window', '#0b57d0');
    const mark = themeColour(this.target, '--ts-target', '#b34700');
    return new uPlot({
      title: 'Series and one window', width: this.width(), height: 240,
      scales: { x: { time: false } }, legend: { live: false },
      axes: [{ ...axis, label: 'step (hour)' }, { ...axis, label: 'value' }],
      series: [
        { label: 'step' },
        { label: 'series', stroke: themeColour(this.target, '--ts-muted', '#777'), width: 1, points: { show: false } },
        { label: 'input window', stroke: accent, width: 4, points: { show: false } },
        { label: 'target', stroke: mark, width: 0, points: { show: true, size: 12, fill: mark, stroke: fg } },
      ],
      plugins: [followTheme()],
    }, [[], [], [], []], this.target);
  }
}
