/**
 * The A/B run's page side: validates the form, sends the run to the worker, feeds epochs to the
 * charts and the progress bar, Stop, and the final table. Settings stay in the form on any error.
 */
import type { LabClient } from './client.ts';
import type { AbResult } from '../training/fair-ab.ts';
import { AbCharts } from './ab-charts.ts';
import { readAbForm } from './ab-form.ts';
import { describeRegularizers, renderAbTable } from './ab-table.ts';
import { part, showProblems } from './dom.ts';
import type { Explorer } from './explorer.ts';

export class AbRun {
  private readonly charts: AbCharts;
  private running = false;

  constructor(private readonly root: HTMLElement, private readonly client: LabClient, private readonly explorer: Explorer) {
    this.charts = new AbCharts({ loss: part(root, 'ab-loss'), accuracy: part(root, 'ab-accuracy') });
    part(root, 'ab-stop').addEventListener('click', () => void client.request({ type: 'stop' }));
  }

  /** Starts a run if the form is valid; resolves when it has finished (or failed, with a message). */
  async start(): Promise<AbResult | null> {
    if (this.running) return null;
    const form = part<HTMLFormElement>(this.root, 'ab-form');
    const { config, problems } = readAbForm(form, this.explorer.settings);
    if (!showProblems(form, problems)) return null;
    const status = part(this.root, 'ab-status'), bar = part<HTMLProgressElement>(this.root, 'ab-progress');
    const start = part<HTMLButtonElement>(this.root, 'ab-start'), stop = part<HTMLButtonElement>(this.root, 'ab-stop');
    this.running = true;
    start.disabled = true;
    stop.disabled = false;
    part(this.root, 'ab-results').hidden = false;
    part(this.root, 'ab-table-body').replaceChildren();
    this.charts.reset(config.epochs);
    bar.max = config.epochs * 2;
    bar.value = 0;
    const off = this.client.onEvent((e) => {
      if (e.type === 'ab-batch') {
        bar.value = e.epoch * 2 + (e.run === 'B' ? 1 : 0) + e.done / e.total;
        status.textContent = `Epoch ${e.epoch + 1} of ${config.epochs}, run ${e.run}: batch ${e.done} of ${e.total}.`;
      } else if (e.type === 'ab-epoch') this.charts.add(e);
    });
    const t0 = performance.now();
    try {
      const result = await this.client.request({ type: 'ab-run', config });
      const seconds = (performance.now() - t0) / 1000;
      renderAbTable(part(this.root, 'ab-table-body'), result, describeRegularizers(config));
      status.textContent = `${result.stopped ? `Stopped after ${result.completedEpochs} epochs` : `Done: ${config.epochs} epochs of both runs`} in ${seconds.toFixed(0)} s. Test accuracy on the 10,000 test images: A ${(result.A.test.accuracy * 100).toFixed(1)}%, B ${(result.B.test.accuracy * 100).toFixed(1)}%.`;
      part(this.root, 'ab-results').dataset.state = 'done';
      part(this.root, 'ab-results').dataset.seconds = seconds.toFixed(1);
      return result;
    } catch (error) {
      status.textContent = `The run failed: ${(error as Error).message} Your settings are kept; press Start to try again.`;
      return null;
    } finally {
      off();
      this.running = false;
      start.disabled = false;
      stop.disabled = true;
    }
  }
}
