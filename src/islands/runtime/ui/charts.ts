/**
 * Live loss and accuracy charts (uPlot). Events only append to arrays; the charts redraw at
 * most once per animation frame, so hundreds of batch events per second cannot stall the page.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { followTheme, themeColour } from './colour';

type Column = (number | null)[];

interface Series { x: number[]; train: Column; validation: Column }


/**
 * The x axis spans the whole planned run plus a margin: an epoch's validation point sits at its
 * end (x = 1 for the first), and at the very edge of an auto-fitted axis it was half clipped, so a
 * 1-epoch run seemed to have none.
 */
export function epochAxis(plannedEpochs: number, dataMax: number): [number, number] {
  const end = Math.max(plannedEpochs, dataMax, 1);
  return [0, end * 1.04];
}

function makeChart(target: HTMLElement, title: string, yLabel: string, range: [number, number] | null, epochs: () => number): uPlot {
  // Resolved at draw time, so the charts follow a theme switch (followTheme redraws them).
  const train = themeColour(target, '--cnn-series-train', '#2563eb');
  const validation = themeColour(target, '--cnn-series-validation', '#c2410c');
  const axisColour = themeColour(target, '--cnn-fg', 'currentColor');
  const grid = themeColour(target, '--cnn-grid', 'rgba(127,127,127,0.25)');
  const axis = { stroke: axisColour, grid: { stroke: grid }, ticks: { stroke: grid } };
  const options: uPlot.Options = {
    title,
    width: Math.max(280, target.clientWidth),
    height: 220,
    scales: { x: { time: false, range: (_u, _min, max) => epochAxis(epochs(), max ?? 0) }, y: range ? { range } : {} },
    // A static legend: the series names, not a value readout that flickers during training.
    legend: { live: false },
    axes: [{ ...axis, label: 'epoch' }, { ...axis, label: yLabel }],
    series: [
      { label: 'epoch' },
      { label: 'training (per batch)', stroke: train, width: 1.5, spanGaps: true, points: { show: false } },
      { label: 'validation (per epoch)', stroke: validation, width: 2, spanGaps: true, dash: [6, 4], points: { show: true, size: 7, fill: validation } },
    ],
    plugins: [followTheme()],
  };
  return new uPlot(options, [[], [], []], target);
}

export class TrainingCharts {
  private readonly loss: Series = { x: [], train: [], validation: [] };
  private readonly accuracy: Series = { x: [], train: [], validation: [] };
  private lossChart: uPlot | null = null;
  private accuracyChart: uPlot | null = null;
  private frame = 0;
  private readonly resize = new ResizeObserver(() => this.fit());
  /** How many redraws happened: lets the end-to-end test see the charts update. */
  redraws = 0;

  constructor(private readonly lossTarget: HTMLElement, private readonly accuracyTarget: HTMLElement) {
    this.resize.observe(lossTarget);
  }

  private plannedEpochs = 1;

  /** A new run of `epochs` epochs: empty charts whose x axis spans the whole run. */
  reset(epochs: number): void {
    this.plannedEpochs = epochs;
    for (const s of [this.loss, this.accuracy]) for (const column of [s.x, s.train, s.validation]) column.length = 0;
    this.schedule();
  }


  /** `position` is epochs done as a fraction, e.g. 1.5 = halfway through the second epoch. */
  addBatch(position: number, loss: number, accuracy: number): void {
    this.push(this.loss, position, loss, null);
    this.push(this.accuracy, position, accuracy, null);
    this.schedule();
  }

  addEpoch(position: number, valLoss: number, valAccuracy: number): void {
    this.push(this.loss, position, null, valLoss);
    this.push(this.accuracy, position, null, valAccuracy);
    this.schedule();
  }

  private push(series: Series, x: number, train: number | null, validation: number | null): void {
    series.x.push(x);
    series.train.push(train);
    series.validation.push(validation);
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const epochs = () => this.plannedEpochs;
      this.lossChart ??= makeChart(this.lossTarget, 'Loss', 'cross-entropy', null, epochs);
      this.accuracyChart ??= makeChart(this.accuracyTarget, 'Accuracy', 'fraction correct', [0, 1], epochs);
      this.lossChart.setData([this.loss.x, this.loss.train, this.loss.validation] as uPlot.AlignedData);
      this.accuracyChart.setData([this.accuracy.x, this.accuracy.train, this.accuracy.validation] as uPlot.AlignedData);
      this.redraws++;
      this.lossTarget.dataset.points = String(this.loss.x.length);
      // Validation points the x axis shows whole (an end-to-end test reads it).
      const xMax = this.lossChart.scales.x?.max ?? 0;
      this.lossTarget.dataset.validationPoints = String(this.loss.x.filter((x, i) => this.loss.validation[i] != null && x < xMax * 0.99).length);
    });
  }

  private fit(): void {
    const width = Math.max(280, this.lossTarget.clientWidth);
    this.lossChart?.setSize({ width, height: 220 });
    this.accuracyChart?.setSize({ width: Math.max(280, this.accuracyTarget.clientWidth), height: 220 });
  }
}
