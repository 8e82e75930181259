/**
 * The lab's record of a run, one entry per epoch like Keras's History, and what it shows: both
 * learning-curve charts, the early-stopping verdict in words and a per-epoch table (the charts'
 * text alternative).
 */
import type { EpochEvent } from '../../runtime/training/events';
import { el, formatPercent, part } from '../../runtime/ui/dom';
import { earlyStopping, type EarlyStoppingVerdict } from '../training/early-stopping';
import { CurveChart } from './curves';

export class LabHistory {
  private epochs: EpochEvent[] = [];
  private readonly loss: CurveChart;
  private readonly accuracy: CurveChart;

  constructor(private readonly root: HTMLElement) {
    this.loss = new CurveChart(part(root, 'chart-loss'), 'Loss per epoch', 'cross-entropy', null);
    this.accuracy = new CurveChart(part(root, 'chart-accuracy'), 'Accuracy per epoch', 'fraction correct', [0, 1]);
  }

  /** Forgets the previous run. */
  reset(planned: number, patience: number): void {
    this.epochs = [];
    this.render(planned, patience);
  }

  add(event: EpochEvent, planned: number, patience: number): void {
    this.epochs[event.epoch] = event;
    this.render(planned, patience);
  }

  private render(planned: number, patience: number): void {
    const e = this.epochs.filter(Boolean);
    const verdict = e.length > 0 ? earlyStopping(e.map((x) => x.valLoss), { patience }) : null;
    const x = e.map((v) => v.epoch + 1);
    this.loss.show({ epochs: x, train: e.map((v) => v.loss), validation: e.map((v) => v.valLoss) }, verdict, planned);
    this.accuracy.show({ epochs: x, train: e.map((v) => v.accuracy), validation: e.map((v) => v.valAccuracy) }, verdict, planned);
    this.describe(verdict, patience, e.length);
    this.table(e, verdict);
  }

  private describe(v: EarlyStoppingVerdict | null, patience: number, done: number): void {
    const out = part(this.root, 'early-stop');
    const call = `EarlyStopping(monitor="val_loss", patience=${patience}, restore_best_weights=True)`;
    out.dataset.stoppedEpoch = v?.stoppedEpoch == null ? '' : String(v.stoppedEpoch + 1);
    out.dataset.bestEpoch = v?.bestEpoch == null ? '' : String(v.bestEpoch + 1);
    if (!v || v.bestEpoch === null) out.textContent = `${call}: no epoch finished yet.`;
    else if (v.stoppedEpoch === null) out.textContent = `${call} would not have stopped these ${done} epoch(s): the lowest validation loss so far, ${v.bestValue?.toFixed(4)}, came at epoch ${v.bestEpoch + 1}.`;
    else out.textContent = `${call} would stop after epoch ${v.stoppedEpoch + 1} (the dashed line) and restore the weights of epoch ${v.bestEpoch + 1} (circled), whose validation loss ${v.bestValue?.toFixed(4)} was the lowest.`;
  }

  private table(e: EpochEvent[], v: EarlyStoppingVerdict | null): void {
    // data-value keeps the exact number (the text is rounded) for tests and copy-paste.
    const n = (value: number, best = false) => el('td', { class: best ? 'num best' : 'num', 'data-value': String(value) }, [Number.isFinite(value) ? value.toFixed(4) : '—']);
    const rows = e.map((x) => el('tr', { class: v?.stoppedEpoch === x.epoch ? 'stopped' : '' }, [
      el('th', { scope: 'row' }, [`${x.epoch + 1}${v?.stoppedEpoch === x.epoch ? ' (early stop)' : ''}`]),
      n(x.loss), n(x.valLoss, v?.bestEpoch === x.epoch), el('td', { class: 'num', 'data-value': String(x.accuracy) }, [formatPercent(x.accuracy)]), el('td', { class: 'num', 'data-value': String(x.valAccuracy) }, [formatPercent(x.valAccuracy)]),
    ]));
    part(this.root, 'epoch-rows').replaceChildren(...rows);
  }
}
