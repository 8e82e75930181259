/**
 * Module 3's learning curves: training and validation loss (or accuracy) per epoch, as
 * `history.history` holds them, with a dashed vertical line where EarlyStopping would have stopped
 * and a ring on the epoch whose weights restore_best_weights brings back. Redraws once per frame.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { EarlyStoppingVerdict } from '../training/early-stopping';
import { followTheme, themeColour } from '../../runtime/ui/colour.ts';

/** 1-based epochs and the values recorded at their ends. */
export interface Curves { epochs: number[]; train: number[]; validation: number[] }

export class CurveChart {
  private chart: uPlot | null = null;
  private frame = 0;
  private curves: Curves = { epochs: [], train: [], validation: [] };
  private mark: EarlyStoppingVerdict | null = null;
  private planned = 1;

  constructor(private readonly target: HTMLElement, private readonly title: string, private readonly yLabel: string, private readonly range: [number, number] | null) {
    new ResizeObserver(() => this.chart?.setSize({ width: this.width(), height: 220 })).observe(target);
  }

  /** Redraws with `curves`; `mark` (0-based epochs) adds the early-stopping line; `planned` epochs span the x axis. */
  show(curves: Curves, mark: EarlyStoppingVerdict | null, planned: number): void {
    this.curves = curves;
    this.mark = mark;
    this.planned = planned;
    if (!this.frame) this.frame = requestAnimationFrame(() => { this.frame = 0; this.draw(); });
  }

  private width(): number {
    return Math.max(260, this.target.clientWidth);
  }

  private draw(): void {
    this.chart ??= this.create();
    this.chart.setData([this.curves.epochs, this.curves.train, this.curves.validation]);
    this.target.dataset.points = String(this.curves.epochs.length);
    this.target.dataset.stopEpoch = this.mark?.stoppedEpoch == null ? '' : String(this.mark.stoppedEpoch + 1);
  }

  private create(): uPlot {
    const el = this.target;
    // Resolved at draw time, so the chart (and its early-stop mark) follows a theme switch (followTheme redraws it).
    const train = themeColour(el, '--cnn-series-train', '#2563eb');
    const validation = themeColour(el, '--cnn-series-validation', '#c2410c');
    const fg = themeColour(el, '--cnn-fg', '#222');
    const grid = themeColour(el, '--cnn-grid', 'rgba(127,127,127,0.25)');
    const axis = { stroke: fg, grid: { stroke: grid }, ticks: { stroke: grid } };
    return new uPlot({
      title: this.title, width: this.width(), height: 220, legend: { live: false },
      scales: { x: { time: false, range: (_u, _min, max) => [0.5, Math.max(this.planned, max ?? 1) + 0.5] }, y: this.range ? { range: this.range } : {} },
      axes: [{ ...axis, label: 'epoch' }, { ...axis, label: this.yLabel }],
      series: [
        { label: 'epoch' },
        { label: 'training', stroke: train, width: 2, points: { show: true, size: 5, fill: train } },
        { label: 'validation', stroke: validation, width: 2, dash: [6, 4], points: { show: true, size: 6, fill: validation } },
      ],
      hooks: { draw: [(u) => this.drawMark(u, fg(), validation())] },
      plugins: [followTheme()],
    }, [[], [], []], el);
  }

  /** The stop line (labelled) and a ring round the restored epoch's validation point. */
  private drawMark(u: uPlot, fg: string, ring: string): void {
    const mark = this.mark;
    if (!mark || mark.stoppedEpoch === null) return;
    const ctx = u.ctx;
    const x = u.valToPos(mark.stoppedEpoch + 1, 'x', true);
    ctx.save();
    ctx.strokeStyle = fg;
    ctx.fillStyle = fg;
    ctx.lineWidth = 2 * devicePixelRatio;
    ctx.setLineDash([4 * devicePixelRatio, 4 * devicePixelRatio]);
    ctx.beginPath();
    ctx.moveTo(x, u.bbox.top);
    ctx.lineTo(x, u.bbox.top + u.bbox.height);
    ctx.stroke();
    ctx.font = `${12 * devicePixelRatio}px sans-serif`;
    ctx.textAlign = x > u.bbox.left + u.bbox.width / 2 ? 'right' : 'left';
    ctx.fillText(' early stop ', x, u.bbox.top + 14 * devicePixelRatio);
    const best = mark.bestEpoch;
    const value = best === null ? undefined : this.curves.validation[best];
    if (best !== null && value !== undefined && Number.isFinite(value)) {
      ctx.setLineDash([]);
      ctx.strokeStyle = ring;
      ctx.beginPath();
      ctx.arc(u.valToPos(best + 1, 'x', true), u.valToPos(value, 'y', true), 7 * devicePixelRatio, 0, 2 * Math.PI);
      ctx.stroke();
    }
    ctx.restore();
  }
}
