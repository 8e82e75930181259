/**
 * Module 3's learning-curve lab, loaded on Start or a preset's Run: trains the chosen MLP on a
 * training subset, draws training and validation curves per epoch, marks where EarlyStopping
 * would stop, and reports the final weights' test accuracy.
 */
import { formatPercent, part } from '../../runtime/ui/dom';
import type { LabSettings } from '../lab/controls';
import { findPreset } from '../lab/presets';
import { RunButtons } from './buttons';
import { LabHistory } from './history';
import { fillPreset, readLabForm } from './lab-form';
import { LabRunner } from './runner';

export function mount(root: HTMLElement): { handle(action: string): Promise<void> } {
  const form = part<HTMLFormElement>(root, 'controls');
  const history = new LabHistory(root);
  let settings: LabSettings | null = null;
  let epochsDone = 0;
  const runner = new LabRunner(root, 'mlp-training-lab', {
    epoch: (e) => {
      epochsDone = e.epoch + 1;
      if (settings) history.add(e, settings.config.epochs, settings.patience);
      runner.progress.status(`Epoch ${e.epoch + 1}: training loss ${e.loss.toFixed(3)}, validation loss ${e.valLoss.toFixed(3)}.`);
    },
  });
  const buttons = new RunButtons(root, () => runner.stop(), () => void train(false));

  async function train(fresh: boolean): Promise<void> {
    if (!settings) return;
    buttons.set(true);
    if (fresh) { epochsDone = 0; history.reset(settings.config.epochs, settings.patience); part(root, 'test-result').textContent = ''; }
    part(root, 'curves-section').hidden = false;
    const outcome = await runner.run(settings.config, settings.backend, fresh, epochsDone);
    try {
      if (outcome.ended === 'failed') return;
      const test = await runner.session.current.request({ type: 'evaluate' });
      const result = part(root, 'test-result');
      result.textContent = `Once, at the end: the final weights score ${formatPercent(test.accuracy, 2)} on the 10,000 test images (test loss ${test.loss.toFixed(4)}).`;
      result.dataset.accuracy = String(test.accuracy);
      runner.progress.status(outcome.ended === 'stopped' ? `Stopped after ${outcome.completedEpochs} epoch(s).` : `Finished ${outcome.completedEpochs} epoch(s) in ${outcome.seconds.toFixed(0)} s of training.`);
    } catch (error) {
      runner.progress.alert((error as Error).message);
    } finally {
      buttons.set(false, outcome.ended !== 'finished');
    }
  }

  return {
    async handle(action) {
      if (buttons.running) return;
      const preset = action.startsWith('preset-') ? findPreset(action.slice('preset-'.length)) : null;
      if (preset) fillPreset(form, preset);
      else if (action !== 'start') return;
      const result = readLabForm(form);
      if (!result.ok) { runner.progress.status('Please fix the highlighted settings.'); return; }
      settings = result.value;
      await train(true);
    },
  };
}
