/**
 * Module 2's lab, loaded on Start: trains the module's MLP (quick run or the full recipe), shows
 * live curves and the test accuracy, then compares it with the learner's saved module-4 CNN.
 */
import type { BackendPreference } from '../../runtime/backend/types';
import { TrainingCharts } from '../../runtime/ui/charts';
import { formatPercent, part } from '../../runtime/ui/dom';
import { FIRST_NETWORK_QUICK } from '../engine/spec';
import { FIRST_NETWORK_RECIPE } from '../model/recipe';
import type { MlpConfig } from '../protocol';
import { RunButtons } from './buttons';
import { renderComparison } from './compare';
import { LabRunner } from './runner';

const BACKENDS = new Set(['auto', 'webgpu', 'webgl', 'wasm', 'cpu']);

/** The chosen run (quick or the full recipe) and backend; unknown values fall back to the defaults. */
function readForm(form: HTMLFormElement): { config: MlpConfig; backend: BackendPreference } {
  const data = new FormData(form);
  const config: MlpConfig = data.get('run') === 'full' ? { ...FIRST_NETWORK_RECIPE, preset: 'full' } : FIRST_NETWORK_QUICK;
  const backend = String(data.get('backend'));
  return { config, backend: (BACKENDS.has(backend) ? backend : 'auto') as BackendPreference };
}

export function mount(root: HTMLElement): { handle(action: string): Promise<void> } {
  const charts = new TrainingCharts(part(root, 'chart-loss'), part(root, 'chart-accuracy'));
  let current: ReturnType<typeof readForm> | null = null;
  let epochsDone = 0;
  const runner = new LabRunner(root, 'mlp-first-network', {
    batch: (e) => charts.addBatch(e.epoch + (e.batch + 1) / e.batchesPerEpoch, e.loss, e.accuracy),
    epoch: (e) => {
      epochsDone = e.epoch + 1;
      charts.addEpoch(e.epoch + 1, e.valLoss, e.valAccuracy);
      runner.progress.status(`Epoch ${e.epoch + 1} done in ${e.seconds.toFixed(0)} s: validation accuracy ${formatPercent(e.valAccuracy)}.`);
    },
  });
  const buttons = new RunButtons(root, () => runner.stop(), () => void train(false));

  async function train(fresh: boolean): Promise<void> {
    if (!current) return;
    const { config, backend } = current;
    buttons.set(true);
    if (fresh) { charts.reset(config.epochs); epochsDone = 0; part(root, 'results-section').hidden = true; part(root, 'compare-section').hidden = true; }
    const outcome = await runner.run(config, backend, fresh, epochsDone);
    try {
      if (outcome.ended === 'failed') return;
      runner.progress.status(outcome.ended === 'stopped' ? `Stopped after ${outcome.completedEpochs} epoch(s); scoring what was learned on the test images…` : 'Training finished; scoring on the 10,000 test images…');
      const test = await runner.session.current.request({ type: 'evaluate' });
      part(root, 'test-accuracy').textContent = formatPercent(test.accuracy, 2);
      part(root, 'test-accuracy').dataset.accuracy = String(test.accuracy);
      part(root, 'test-loss').textContent = test.loss.toFixed(4);
      part(root, 'results-section').hidden = false;
      runner.progress.status(`Test accuracy ${formatPercent(test.accuracy, 2)} after ${outcome.completedEpochs} epoch(s).`);
      await renderComparison(root, runner.session, { params: runner.params, accuracy: test.accuracy, seconds: outcome.seconds, epochs: outcome.completedEpochs });
    } catch (error) {
      runner.progress.alert((error as Error).message);
    } finally {
      buttons.set(false, outcome.ended !== 'finished');
    }
  }

  return {
    async handle(action) {
      if (action !== 'start' || buttons.running) return;
      current = readForm(part<HTMLFormElement>(root, 'controls'));
      await train(true);
    },
  };
}
