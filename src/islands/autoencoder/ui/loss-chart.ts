/**
 * Training and validation loss per epoch (uPlot), the two numbers Keras prints after each epoch.
 * Training is solid, validation dashed with markers, so the lines tell apart without colour.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { followTheme, themeColour } from '~/islands/runtime/ui/colour.ts';
import type { EpochRow } from '../training/fit.ts';

export class LossChart {
  private rows: EpochRow[] = [];
  private chart: uPlot | null = null;
  private epochs = 1;

  constructor(private readonly target: HTMLElement) {
    new ResizeObserver(() => this.chart?.setSize({ width: this.width(), height: 220 })).observe(target);
  }

  private width(): number {
    return Math.max(240, this.target.clientWidth);
  }

  /** Empty chart for a run of `epochs` epochs. */
  reset(epochs: number): void {
    this.epochs = epochs;
    this.rows = [];
    this.draw();
  }

  add(row: EpochRow): void {
    this.rows.push(row);
    this.draw();
  }

  private make(): uPlot {
    const t = this.target;
    // Resolved at draw time, so the chart follows a theme switch (followTheme redraws it).
    const fg = themeColour(t, '--ae-fg', 'currentColor'), grid = themeColour(t, '--ae-grid', 'rgba(127,127,127,0.25)');
    const train = themeColour(t, '--ae-train', '#0b57d0'), validation = themeColour(t, '--ae-validation', '#b34700');
    const axis = { stroke: fg, grid: { stroke: grid }, ticks: { stroke: grid } };
    return new uPlot({
      title: 'Loss per epoch', width: this.width(), height: 220, legend: { live: false },
      scales: { x: { time: false, range: () => [0.8, Math.max(2, this.epochs) + 0.2] } },
      axes: [{ ...axis, label: 'epoch', incrs: [1, 2, 5, 10] }, { ...axis, label: 'binary cross-entropy', size: 60 }],
      series: [
        { label: 'epoch' },
        { label: 'training (solid)', stroke: train, width: 2, points: { show: true, size: 6, fill: train } },
        { label: 'validation (dashed)', stroke: validation, width: 2, dash: [8, 5], points: { show: true, size: 7, fill: validation } },
      ],
      plugins: [followTheme()],
    }, [[], [], []], t);
  }

  private draw(): void {
    this.chart ??= this.make();
    this.chart.setData([this.rows.map((r) => r.epoch + 1), this.rows.map((r) => r.loss), this.rows.map((r) => r.valLoss)]);
    this.target.dataset.points = String(this.rows.length);
  }
}
