/** Download, epoch and batch progress, speed, ETA and the polite status line. */
import type { Event } from '../protocol';
import { formatBytes, formatDuration, part, type Root } from './dom';

type DataEvent = Extract<Event, { type: 'data-progress' }>;
type BatchEvent = Extract<Event, { type: 'batch' }>;

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
  private totalEpochs = 1;
  private lastStatus = 0;

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
  }

  startRun(epochs: number): void {
    this.totalEpochs = epochs;
    this.epochBar.max = epochs;
    this.epochBar.value = 0;
    this.batchBar.value = 0;
    this.epochText.textContent = `Epoch 0 of ${epochs}`;
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
      this.status(`Training: epoch ${event.epoch + 1} of ${this.totalEpochs}, about ${formatDuration(event.etaSeconds)} left.`);
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
