/**
 * The CNN island's page code, loaded only when the learner presses Start (or Load). It wires
 * the shell's controls to the training worker and renders what the worker reports.
 */
import { renderBackend } from '../../runtime/ui/backend';
import { TrainingCharts } from '../../runtime/ui/charts';
import { part } from '../../runtime/ui/dom';
import { guardLeaving } from '../../runtime/ui/leave-guard';
import { ProgressView } from '../../runtime/ui/progress';
import { renderSummary } from '../../runtime/ui/summary';
import type { ProgressEvent } from '../../runtime/worker/client';
import type { Event } from '../protocol';
import { readControls, type ControlValues } from './controls';
import { CnnSession } from './engine-session';
import { ResultsView } from './results';
import { savedInfo, loadModel, type TrainingRecord } from './persistence';
import { describeSaved } from './saved-marker';

export type IslandAction = 'start' | 'load';
export interface Island { handle(action: IslandAction): Promise<void> }

export function mount(root: HTMLElement): Island {
  const form = part<HTMLFormElement>(root, 'controls');
  const buttons = { start: part<HTMLButtonElement>(root, 'start'), stop: part<HTMLButtonElement>(root, 'stop'), resume: part<HTMLButtonElement>(root, 'resume') };
  const progress = new ProgressView(root);
  const charts = new TrainingCharts(part(root, 'chart-loss'), part(root, 'chart-accuracy'));
  let record: TrainingRecord | null = null;
  let values: ControlValues | null = null;
  let training = false;
  /** True only while a training run is in flight (not while loading a saved model). */
  let running = false;
  /** Stopped or interrupted runs can continue; finished ones cannot. */
  let resumable = false;

  const session = new CnnSession((event: ProgressEvent<Event>) => {
    if (event.type === 'data-progress') progress.data(event);
    else if (event.type === 'batch') {
      progress.batch(event);
      charts.addBatch(event.epoch + (event.batch + 1) / event.batchesPerEpoch, event.loss, event.accuracy);
    } else if (event.type === 'epoch') {
      progress.epochDone(event.epoch);
      charts.addEpoch(event.epoch + 1, event.valLoss, event.valAccuracy);
      if (record) { record.epochs = event.epoch + 1; record.trainingSeconds += event.seconds; }
      progress.status(`Epoch ${event.epoch + 1} done in ${event.seconds.toFixed(0)} s: validation accuracy ${(event.valAccuracy * 100).toFixed(1)}%.`);
    } else if (event.type === 'error') {
      progress.alert(`${event.message}${event.recoverable ? ' What the network has learned so far is kept: press Resume to continue.' : ''}`);
    }
  });
  const results = new ResultsView(root, session, () => record);

  function setTraining(on: boolean): void {
    training = on;
    buttons.start.disabled = on;
    buttons.stop.disabled = !on;
    buttons.resume.disabled = on || !resumable;
    root.dataset.state = on ? 'training' : record ? 'trained' : 'idle';
  }

  async function prepare(v: ControlValues): Promise<void> {
    // Later Starts reuse the worker; a first one reuses the choice remembered on this device, if any.
    const remembered = !session.backend && session.remembersChoice(v.backend);
    const timing = !session.backend && !remembered;
    progress.status(timing ? 'Starting the training worker (the first time in this browser it times this model on each backend, alone and split across cores: 10-15 s)…'
      : remembered ? 'Starting the training worker with the backend chosen on an earlier visit…' : 'Preparing the training worker…');
    progress.setupStarted(timing ? 'Timing this model on each backend' : 'Starting the training worker');
    let init: Awaited<ReturnType<CnnSession['ensure']>>;
    try {
      init = await session.ensure(v.backend, v.config.preset);
    } catch (error) {
      progress.setupDone('Setup failed.');
      throw error;
    }
    progress.setupDone(`Setup done: training on ${session.backendName}.`);
    renderBackend(part(root, 'backend'), init ?? session.backend!);
    part(root, 'backend-section').hidden = false;
    progress.status('Loading MNIST…');
    const data = await session.data(v.config.preset);
    progress.dataDone(data.bytes, data.fromCache);
  }

  async function train(v: ControlValues, fresh: boolean): Promise<void> {
    setTraining(true);
    progress.alert(null);
    // Whatever is on screen describes the previous model; this run replaces it.
    results.clearForNewRun();
    if (fresh) charts.reset(v.config.epochs); // a resumed run finishes the same planned epochs
    progress.startRun(v.config.epochs, fresh ? 0 : record?.epochs ?? 0);
    let ended: 'finished' | 'stopped' | 'failed' = 'failed';
    running = true;
    try {
      await prepare(v);
      if (fresh) {
        const summary = await session.current.request({ type: 'build', config: v.config });
        renderSummary(part<HTMLTableElement>(root, 'summary'), summary);
        part(root, 'summary-section').hidden = false;
        record = { epochs: 0, batchSize: v.config.batchSize, trainingSeconds: 0, backend: session.backendName, paramCount: summary.totalParams };
      }
      part(root, 'progress-section').hidden = false;
      progress.status(`Training for ${v.config.epochs} epoch(s) on ${session.backendName}…`);
      const outcome = await session.current.request({ type: 'train', config: v.config });
      running = false; // training is over: evaluating can be left without asking
      resumable = outcome.stoppedEarly;
      ended = outcome.stoppedEarly ? 'stopped' : 'finished';
      progress.endRun(ended);
      progress.status(outcome.stoppedEarly ? `Stopped after ${outcome.completedEpochs} epoch(s); evaluating what was learned…` : 'Training finished; evaluating on the 10,000 test images…');
      await results.afterModel();
      void recheckSetup();
    } catch (error) {
      resumable = record !== null;
      if (ended === 'failed') progress.endRun('failed');
      progress.alert(`${(error as Error).message}${record ? ' What was learned so far is kept: press Resume to continue.' : ''}`);
      progress.status('Training did not finish.');
    } finally {
      running = false;
      setTraining(false);
    }
  }

  /** Once idle after a Start that reused a remembered choice: time it again; a wrong one is replaced for next time. */
  async function recheckSetup(): Promise<void> {
    if ((await session.recheck()) === 'corrected') progress.status('A fresh timing in the background found a faster setup for this device: the next visit uses it.');
  }

  async function load(): Promise<void> {
    const info = savedInfo();
    setTraining(true);
    try {
      const v = readControls(form, part(root, 'form-errors'));
      if (!v.ok) return;
      values = v.value;
      progress.status('Loading your saved model…');
      const init = await session.ensure(values.backend);
      renderBackend(part(root, 'backend'), init ?? session.backend!, { kind: 'loaded', ...(info ? { trainedOn: info.record.backend } : {}) });
      part(root, 'backend-section').hidden = false;
      const loaded = await loadModel(session.current);
      if (!loaded.found) {
        progress.status('No saved model was found in this browser.');
        part(root, 'saved-offer').hidden = true;
        return;
      }
      record = info?.record ?? null;
      const savedAt = loaded.savedAt ?? info?.savedAt;
      const testAccuracy = info && savedAt === info.savedAt ? info.testAccuracy ?? null : null;
      progress.status(savedAt ? `Loaded the model ${describeSaved({ savedAt, ...(testAccuracy === null ? {} : { testAccuracy }) })}.` : 'Loaded the saved model.');
      part(root, 'saved-offer').hidden = true;
      results.clearForNewRun();
      await results.afterModel({ evaluate: false, testAccuracy });
    } catch (error) {
      progress.alert(`Could not load the saved model: ${(error as Error).message}`);
    } finally {
      setTraining(false);
    }
  }

  guardLeaving(window, () => running);

  // Browsers throttle hidden tabs; training continues in the worker, but say why it may slow down.
  document.addEventListener('visibilitychange', () => {
    if (training && document.visibilityState === 'hidden') progress.status('This tab is hidden: your browser may slow training down until you come back.');
  });

  buttons.stop.addEventListener('click', () => {
    buttons.stop.disabled = true;
    progress.status('Stopping after the current batch…');
    session.current.request({ type: 'stop' }).catch((error: Error) => progress.alert(error.message));
  });
  buttons.resume.addEventListener('click', () => { if (values && !training) void train(values, false); });

  return {
    async handle(action) {
      if (training) return;
      if (action === 'load') return load();
      const v = readControls(form, part(root, 'form-errors'));
      if (!v.ok) { progress.status('Please fix the highlighted settings.'); return; }
      values = v.value;
      await train(values, true);
    },
  };
}
