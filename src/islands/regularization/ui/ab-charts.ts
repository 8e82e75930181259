/**
 * The A/B overlay (uPlot): per epoch, training and validation loss (and accuracy) of both runs.
 * Runs differ by colour AND line pattern, training and validation by pattern, so the chart reads
 * without colour: A training solid, A validation dashed, B training dotted, B validation dash-dot.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { followTheme, themeColour } from '../../runtime/ui/colour.ts';
import type { AbEpoch } from '../training/fair-ab.ts';


const LINES = [
  { label: 'A training (solid)', run: 'A', key: 'train', dash: undefined },
  { label: 'A validation (dashed)', run: 'A', key: 'validation', dash: [8, 5] },
  { label: 'B training (dotted)', run: 'B', key: 'train', dash: [2, 4] },
  { label: 'B validation (dash-dot)', run: 'B', key: 'validation', dash: [10, 4, 2, 4] },
] as const;

export class AbCharts {
  private rows: AbEpoch[] = [];
  private charts: uPlot[] = [];
  private epochs = 1;

  constructor(private readonly targets: { loss: HTMLElement; accuracy: HTMLElement }) {
    new ResizeObserver(() => this.charts.forEach((c, i) => c.setSize({ width: this.width(i), height: 220 }))).observe(targets.loss);
  }

  private width(i: number): number {
    return Math.max(260, (i === 0 ? this.targets.loss : this.targets.accuracy).clientWidth);
  }

  /** Empty charts for a run of `epochs` epochs. */
  reset(epochs: number): void {
    this.epochs = epochs;
    this.rows = [];
    this.draw();
  }

  add(row: AbEpoch): void {
    this.rows.push(row);
    this.draw();
  }

  private make(target: HTMLElement, title: string, yLabel: string, range: [number, number] | null, i: number): uPlot {
    // Resolved at draw time, so the charts follow a theme switch (followTheme redraws them).
    const colours = { A: themeColour(target, '--reg-run-a', '#0b57d0'), B: themeColour(target, '--reg-run-b', '#b34700') };
    const fg = themeColour(target, '--reg-fg', 'currentColor'), grid = themeColour(target, '--reg-grid', 'rgba(127,127,127,0.25)');
    const axis = { stroke: fg, grid: { stroke: grid }, ticks: { stroke: grid } };
    return new uPlot({
      title, width: this.width(i), height: 220, legend: { live: false },
      scales: { x: { time: false, range: () => [1, Math.max(2, this.epochs)] }, y: range ? { range } : {} },
      axes: [{ ...axis, label: 'epoch' }, { ...axis, label: yLabel }],
      series: [{ label: 'epoch' }, ...LINES.map((l) => ({ label: l.label, stroke: colours[l.run], width: 2, dash: l.dash ? [...l.dash] : undefined, spanGaps: true, points: { show: false } }))],
      plugins: [followTheme()],
    }, [[], [], [], [], []], target);
  }

  private draw(): void {
    const [loss, accuracy] = this.charts.length ? this.charts : (this.charts = [this.make(this.targets.loss, 'Loss', 'loss (incl. L2)', null, 0), this.make(this.targets.accuracy, 'Accuracy', 'fraction correct', [0, 1], 1)]);
    const xs = Array.from({ length: Math.max(0, ...this.rows.map((r) => r.epoch + 1)) }, (_, i) => i + 1);
    const column = (metric: 'loss' | 'accuracy', run: string, key: 'train' | 'validation') => xs.map((x) => this.rows.find((r) => r.run === run && r.epoch === x - 1)?.[key][metric] ?? null);
    loss!.setData([xs, ...LINES.map((l) => column('loss', l.run, l.key))] as uPlot.AlignedData);
    accuracy!.setData([xs, ...LINES.map((l) => column('accuracy', l.run, l.key))] as uPlot.AlignedData);
    this.targets.loss.dataset.points = String(this.rows.length);
  }
}
