/**
 * Setup, download, epoch and batch progress, speed, the one time-left estimate and the polite
 * status line. Each run starts from blank figures, and a run that ends says so, so nothing
 * from a stopped or earlier run passes for the current one.
 */
import type { BatchEvent, DataProgressEvent as DataEvent } from '../training/events.ts';
import { formatBytes, formatDuration, part, type Root } from './dom';

const PHASE_LABEL: Record<DataEvent['phase'], string> = { download: 'Downloading MNIST', decode: 'Decompressing', cache: 'Reading from the browser cache' };

export class ProgressView {
  private readonly dataBar: HTMLProgressElement;
  private readonly dataText: HTMLElement;
  private readonly epochBar: HTMLProgressElement;
  private readonly epochText: HTMLElement;
  private readonly batchBar: HTMLProgressElement;
  private readonly batchText: HTMLElement;
  private readonly speed: HTMLElement;
  private readonly eta: HTMLElement;
  private readonly statusLine: HTMLElement;
  private readonly alertBox: HTMLElement;
  private readonly setupBar: HTMLProgressElement;
  private readonly setupText: HTMLElement;
  private totalEpochs = 1;
  private lastStatus = 0;
  private setupTimer: ReturnType<typeof setInterval> | undefined;

  constructor(root: Root) {
    this.dataBar = part<HTMLProgressElement>(root, 'data-progress');
    this.dataText = part(root, 'data-progress-text');
    this.epochBar = part<HTMLProgressElement>(root, 'epoch-progress');
    this.epochText = part(root, 'epoch-progress-text');
    this.batchBar = part<HTMLProgressElement>(root, 'batch-progress');
    this.batchText = part(root, 'batch-progress-text');
    this.speed = part(root, 'speed');
    this.eta = part(root, 'eta');
    this.statusLine = part(root, 'status');
    this.alertBox = part(root, 'alert');
    this.setupBar = part<HTMLProgressElement>(root, 'setup-progress');
    this.setupText = part(root, 'setup-progress-text');
  }

  /**
   * The backend timing at Start takes 10-15 s with nothing else to show: an indeterminate bar
   * and the seconds elapsed say it is working. `stage` names what runs (e.g. "Timing backends").
   */
  setupStarted(stage: string): void {
    this.setupDone();
    const started = performance.now();
    this.setupBar.removeAttribute('value');
    this.setupBar.hidden = false;
    const tick = () => { this.setupText.textContent = `${stage}: ${Math.floor((performance.now() - started) / 1000)} s`; };
    tick();
    this.setupTimer = setInterval(tick, 1000);
  }

  setupDone(text?: string): void {
    clearInterval(this.setupTimer);
    this.setupTimer = undefined;
    this.setupBar.max = 1;
    this.setupBar.value = text === undefined ? 0 : 1;
    if (text !== undefined) this.setupText.textContent = text;
  }

  /** A new run: blank speed, time left and bars until this run's first report. */
  startRun(epochs: number, epochsDone = 0): void {
    this.totalEpochs = epochs;
    this.epochBar.max = epochs;
    this.epochBar.value = 0;
    this.batchBar.value = 0;
    this.epochText.textContent = `Epoch ${epochsDone} of ${epochs}`;
    this.batchText.textContent = 'Batch: starting…';
    this.speed.textContent = '—';
    this.eta.textContent = 'estimating…';
    this.lastStatus = performance.now();
  }

  /** The run is over (finished, stopped or failed): its speed is history and nothing is left to wait for. */
  endRun(how: 'finished' | 'stopped' | 'failed'): void {
    this.eta.textContent = how === 'finished' ? 'done' : `— (${how})`;
    if (this.speed.textContent !== '—') this.speed.textContent = `${this.speed.textContent} (last run)`;
  }

  data(event: DataEvent): void {
    const percent = event.totalBytes > 0 ? Math.min(100, (event.loadedBytes / event.totalBytes) * 100) : 0;
    this.dataBar.max = 100;
    this.dataBar.value = percent;
    this.dataText.textContent = `${PHASE_LABEL[event.phase]}: ${formatBytes(event.loadedBytes)} of ${formatBytes(event.totalBytes)} (${percent.toFixed(0)}%)`;
  }

  dataDone(bytes: number, fromCache: boolean): void {
    this.dataBar.max = 100;
    this.dataBar.value = 100;
    this.dataText.textContent = fromCache ? `MNIST loaded from the browser cache (nothing downloaded).` : `MNIST downloaded: ${formatBytes(bytes)}.`;
  }

  /** Epoch numbers in events are 0-based; people count from 1. */
  batch(event: BatchEvent): void {
    this.epochBar.value = event.epoch + (event.batch + 1) / event.batchesPerEpoch;
    this.epochText.textContent = `Epoch ${event.epoch + 1} of ${this.totalEpochs}`;
    this.batchBar.max = event.batchesPerEpoch;
    this.batchBar.value = event.batch + 1;
    this.batchText.textContent = `Batch ${event.batch + 1} of ${event.batchesPerEpoch} · loss ${event.loss.toFixed(3)} · accuracy ${(event.accuracy * 100).toFixed(1)}%`;
    this.speed.textContent = `${Math.round(event.imagesPerSec).toLocaleString('en-US')} images/s${event.workers > 1 ? ` on ${event.workers} workers` : ''}`;
    this.speed.dataset.workers = String(event.workers);
    this.eta.textContent = formatDuration(event.etaSeconds);
    // Screen readers get a calm summary every few seconds, not every batch.
    const now = performance.now();
    if (now - this.lastStatus > 5000) {
      this.lastStatus = now;
      // No time left here: the page shows one estimate (Time left), and a copy taken every
      // few seconds would disagree with it in between.
      this.status(`Training: epoch ${event.epoch + 1} of ${this.totalEpochs}.`);
    }
  }

  epochDone(epoch: number): void {
    this.epochBar.value = epoch + 1;
  }

  status(text: string): void {
    this.statusLine.textContent = text;
  }

  alert(text: string | null): void {
    this.alertBox.hidden = text === null;
    this.alertBox.textContent = text ?? '';
  }
}
