/**
 * One lab run, shared by both MLP labs: start the worker (backend by measurement), load the data,
 * build the model (live summary), train with progress, Stop and Resume. Each lab adds what it
 * draws through `hooks` and what happens after training.
 */
import type { BackendPreference } from '../../runtime/backend/types';
import type { BatchEvent, EpochEvent } from '../../runtime/training/events';
import { renderBackend } from '../../runtime/ui/backend';
import { part } from '../../runtime/ui/dom';
import { ProgressView } from '../../runtime/ui/progress';
import { renderSummary } from '../../runtime/ui/summary';
import type { MlpConfig } from '../protocol';
import { MlpSession } from './session';

/** What a lab draws from the run's events. */
export interface RunHooks { batch?(event: BatchEvent): void; epoch?(event: EpochEvent): void }
/** How a run ended; `seconds` is the training work of the epochs it completed. */
export interface RunOutcome { ended: 'finished' | 'stopped' | 'failed'; completedEpochs: number; seconds: number }

export class LabRunner {
  readonly progress: ProgressView;
  readonly session: MlpSession;
  /** Seconds of training work in the current model's completed epochs. */
  seconds = 0;
  /** The current model's parameter count (from its build). */
  params = 0;

  constructor(private readonly root: HTMLElement, workerName: string, hooks: RunHooks) {
    this.progress = new ProgressView(root);
    this.session = new MlpSession(workerName, (event) => {
      if (event.type === 'data-progress') this.progress.data(event);
      else if (event.type === 'batch') { this.progress.batch(event); hooks.batch?.(event); }
      else if (event.type === 'epoch') {
        this.progress.epochDone(event.epoch);
        this.seconds += event.seconds;
        hooks.epoch?.(event);
      } else if (event.type === 'error') this.progress.alert(event.message);
    });
  }

  /** Trains `config`: a fresh model, or (fresh=false) the current one's remaining epochs. */
  async run(config: MlpConfig, backend: BackendPreference, fresh: boolean, epochsDone: number): Promise<RunOutcome> {
    const { progress, session } = this;
    progress.alert(null);
    progress.startRun(config.epochs, fresh ? 0 : epochsDone);
    try {
      progress.status('Starting the training worker and timing this model on each backend…');
      progress.setupStarted('Timing this model on each backend');
      const init = await session.ensure(backend).catch((error: Error) => { progress.setupDone('Setup failed.'); throw error; });
      progress.setupDone(`Setup done: training on ${session.backendName}.`);
      renderBackend(part(this.root, 'backend'), init ?? session.backend!);
      part(this.root, 'backend-section').hidden = false;
      progress.status('Loading MNIST…');
      const data = await session.data(config.preset);
      progress.dataDone(data.bytes, data.fromCache);
      if (fresh) {
        const summary = await session.current.request({ type: 'build', config });
        renderSummary(part<HTMLTableElement>(this.root, 'summary'), summary);
        part(this.root, 'summary-section').hidden = false;
        this.seconds = 0;
        this.params = summary.totalParams;
      }
      progress.status(`Training for ${config.epochs} epoch(s) on ${session.backendName}…`);
      const outcome = await session.current.request({ type: 'train', config });
      const ended = outcome.stoppedEarly ? 'stopped' : 'finished';
      progress.endRun(ended);
      return { ended, completedEpochs: outcome.completedEpochs, seconds: this.seconds };
    } catch (error) {
      progress.endRun('failed');
      progress.alert((error as Error).message);
      progress.status('Training did not finish.');
      return { ended: 'failed', completedEpochs: epochsDone, seconds: this.seconds };
    }
  }

  stop(): void {
    this.progress.status('Stopping after the current batch…');
    this.session.current.request({ type: 'stop' }).catch((error: Error) => this.progress.alert(error.message));
  }
}
