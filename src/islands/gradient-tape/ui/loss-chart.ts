/**
 * The loss over steps (uPlot, as in module 4): each batch's loss and the running mean that
 * `train_loss.result()` reports. Redraws at most once per animation frame.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { followTheme, themeColour } from '../../runtime/ui/colour.ts';


/** Markers while a line is too short to see (the first step or two); a bare line after that. */
const fewPoints = (u: uPlot): boolean => u.data[0].length < 3;

/** Loss per step chart bound to `target`; `data-points` on the target counts plotted steps. */
export class LossChart {
  private readonly steps: number[] = [];
  private readonly losses: number[] = [];
  private readonly means: number[] = [];
  private chart: uPlot | null = null;
  private frame = 0;
  private readonly resize = new ResizeObserver(() => this.chart?.setSize({ width: this.width(), height: 220 }));

  constructor(private readonly target: HTMLElement) {
    this.resize.observe(target);
  }

  private width(): number {
    return Math.max(240, this.target.clientWidth);
  }

  /** Adds step `step`'s batch loss and the running mean loss after it. */
  add(step: number, loss: number, meanLoss: number): void {
    this.steps.push(step);
    this.losses.push(loss);
    this.means.push(meanLoss);
    this.schedule();
  }

  /** Empties the chart (a Reset). */
  clear(): void {
    this.steps.length = this.losses.length = this.means.length = 0;
    this.schedule();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.chart ??= this.create();
      this.chart.setData([this.steps, this.losses, this.means]);
      this.target.dataset.points = String(this.steps.length);
    });
  }

  private create(): uPlot {
    // Resolved at draw time, so the chart follows a theme switch (followTheme redraws it).
    const fg = themeColour(this.target, '--gt-fg', 'currentColor');
    const grid = themeColour(this.target, '--gt-grid', 'rgba(127,127,127,0.25)');
    const axis = { stroke: fg, grid: { stroke: grid }, ticks: { stroke: grid } };
    return new uPlot({
      title: 'Loss per step',
      width: this.width(),
      height: 220,
      scales: { x: { time: false } },
      legend: { live: false },
      // Steps are whole numbers: no 1.25 ticks on a short run.
      axes: [{ ...axis, label: 'step', incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] }, { ...axis, label: 'cross-entropy' }],
      series: [
        { label: 'step' },
        { label: 'batch loss', stroke: themeColour(this.target, '--gt-series-batch', '#0b57d0'), width: 1.5, points: { show: fewPoints, size: 6 } },
        { label: 'train_loss.result()', stroke: themeColour(this.target, '--gt-series-mean', '#b34700'), width: 2, dash: [6, 4], points: { show: fewPoints, size: 6 } },
      ],
      plugins: [followTheme()],
    }, [[], [], []], this.target);
  }
}
