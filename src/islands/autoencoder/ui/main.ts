/**
 * Mounts the module 17 island on first use (the page's tiny loader imports this on Start): starts
 * the worker, where TensorFlow.js and the MNIST quick shards load, then on 'start' trains the
 * denoising autoencoder with progress and a loss chart and shows the three results; 'stop' ends a
 * run between batches. Settings stay in the form on any error.
 */
import { part } from '~/islands/runtime/ui/dom.ts';
import { readForm } from '~/islands/runtime/ui/form.ts';
import { AnomalyView } from './anomaly.ts';
import { startLabWorker } from './client.ts';
import { formatError } from './digit-rows.ts';
import { LossChart } from './loss-chart.ts';
import { SamplesView } from './samples.ts';
import { validateSettings } from './settings.ts';
import { loadOnce } from './setup.ts';

/** Creates the worker and returns the island's action handler. */
export function mount(root: HTMLElement): { handle(action: string): Promise<void> } {
  const client = startLabWorker();
  const chart = new LossChart(part(root, 'loss-chart'));
  const samples = new SamplesView(root, client);
  const anomaly = new AnomalyView(root, client);
  const status = part(root, 'status'), bar = part<HTMLProgressElement>(root, 'train-progress'), barText = part(root, 'train-progress-text');
  const start = part<HTMLButtonElement>(root, 'start'), stop = part<HTMLButtonElement>(root, 'stop');
  let running = false;

  async function train(): Promise<void> {
    const settings = readForm(part<HTMLFormElement>(root, 'controls'), validateSettings);
    if (!settings.ok) { status.textContent = 'Fix the settings marked above, then press Start again.'; return; }
    const config = settings.value;
    running = true;
    start.disabled = true;
    root.dataset.state = 'busy';
    try {
      await loadOnce(root, client);
      stop.disabled = false;
      part(root, 'training').hidden = false;
      chart.reset(config.epochs);
      bar.max = config.epochs;
      bar.value = 0;
      const off = client.onEvent((e) => {
        if (e.type === 'batch') {
          bar.value = e.epoch + e.done / e.total;
          barText.textContent = `Epoch ${e.epoch + 1} of ${config.epochs}: batch ${e.done} of ${e.total}, loss ${e.loss.toFixed(4)}.`;
        } else if (e.type === 'epoch') chart.add(e);
      });
      const t0 = performance.now();
      const result = await client.request({ type: 'train', config }).finally(off);
      const seconds = (performance.now() - t0) / 1000;
      const summary = part(root, 'test-error');
      summary.textContent = `Mean reconstruction error on 1,000 test digits: ${formatError(result.testError)} after training, ${formatError(result.untrainedTestError)} with the initial random weights. ${(result.flaggedTest * 100).toFixed(1)}% of them are above the threshold (the ${result.percentile}th percentile expects about ${(100 - result.percentile).toFixed(1)}%).`;
      Object.assign(summary.dataset, { before: String(result.untrainedTestError), after: String(result.testError) });
      anomaly.setRun(result);
      await samples.refresh(config.trainNoise);
      part(root, 'results').hidden = false;
      root.dataset.seconds = seconds.toFixed(1);
      status.textContent = `${result.stopped ? `Stopped after ${result.history.length} of ${config.epochs} epochs` : `Trained ${config.epochs} epochs`} in ${seconds.toFixed(0)} s (${result.params.toLocaleString('en-US')} parameters). Scroll down for the results.`;
      root.dataset.state = 'done';
    } catch (error) {
      status.textContent = `The run failed: ${(error as Error).message} Your settings are kept; press Start to try again.`;
      root.dataset.state = 'failed';
    } finally {
      running = false;
      start.disabled = false;
      stop.disabled = true;
    }
  }

  return {
    async handle(action) {
      if (action === 'stop') { if (running) await client.request({ type: 'stop' }); return; }
      if (action === 'start' && !running) await train();
    },
  };
}
