/**
 * The lab on the page, imported by the shell's loader on the first action. Actions: 'preview'
 * (draw the series and its windows: no TensorFlow.js), 'next-window' (move the highlighted window
 * one stride on) and 'start' (preview, then train and compare in the lab's worker, where
 * TensorFlow.js loads).
 */
import { part } from '~/islands/runtime/ui/dom';
import { WorkerClient } from '~/islands/runtime/worker/client';
import type { Event, Replies, Request } from '../protocol.ts';
import { baselineResults, prepare, type Prepared } from '../data/prepare.ts';
import { MODULE_WINDOWS } from '../data/windows.ts';
import { showForecasts } from './forecast-chart.ts';
import { showResults } from './results-table.ts';
import { SeriesChart } from './series-chart.ts';
import { readForm } from '../../runtime/ui/form.ts';
import { validateSettings, type LabSettings } from './settings.ts';
import { showWindows } from './windows-list.ts';
import { watchLongTasks } from '../../runtime/ui/long-tasks.ts';

const { horizon, stride } = MODULE_WINDOWS;

/** Wires the lab into `root` (the shell's section) and returns its action handler. */
export function mount(root: HTMLElement): { handle(action: string): Promise<void> } {
  const status = part(root, 'status');
  const seriesChart = new SeriesChart(part(root, 'series-chart'));
  const progress = part<HTMLProgressElement>(root, 'train-progress');
  const progressText = part(root, 'train-progress-text');
  let current: { settings: LabSettings; data: Prepared; shownWindow: number } | null = null;
  let busy = false;
  let worker: WorkerClient<Request, Replies, Event> | null = null;
  const longTasks = watchLongTasks();

  const drawWindow = () => {
    const { settings, data, shownWindow } = current!;
    const start = data.train.starts[shownWindow]!;
    const shown = Math.min(data.periods[0].end, Math.max(3 * (settings.window + horizon), start + settings.window + horizon + settings.window));
    seriesChart.show(data.series.values, shown, start, settings.window, horizon);
  };

  /** Reads the form; draws the series, the first window and the first windows' arrays. */
  const preview = (): boolean => {
    const settings = readForm(part<HTMLFormElement>(root, 'controls'), validateSettings);
    if (!settings.ok) { status.textContent = 'Fix the settings marked above, then try again.'; return false; }
    const { window } = settings.value;
    current = { settings: settings.value, data: prepare(settings.value, { window, horizon, stride }), shownWindow: 0 };
    const { train, validation, test } = current.data;
    part(root, 'window-info').textContent = `Windows of ${window} steps, target ${horizon} step after, stride ${stride}: ${train.count} training, ${validation.count} validation and ${test.count} test windows, each cut inside its own period.`;
    showWindows(part(root, 'windows'), train, horizon);
    drawWindow();
    part(root, 'preview-area').hidden = false;
    status.textContent = 'Series and windows ready.';
    return true;
  };

  async function run(): Promise<void> {
    if (!preview()) return;
    const { settings, data } = current!;
    const baselines = baselineResults(data, settings.period, horizon);
    progress.value = 0;
    progressText.textContent = 'Training: loading TensorFlow.js…';
    const started = performance.now();
    let fitFrom = 0;
    let fitTo = 0;
    worker ??= new WorkerClient<Request, Replies, Event>(new Worker(new URL('../worker.ts', import.meta.url), { type: 'module', name: 'time-series' }));
    const stopListening = worker.onEvent((event) => {
      if (event.type !== 'progress') return;
      const { model, done, total } = event;
      // The page's pauses while the worker trains, from the first progress (not TensorFlow.js's start-up) to the last.
      if (!fitFrom) fitFrom = performance.now();
      fitTo = performance.now();
      progress.max = total;
      progress.value = done;
      progressText.textContent = `Training ${model}: batch ${done} of ${total}.`;
    });
    const { results, backend } = await worker.request({ type: 'train', data, kinds: ['dense', settings.third], epochs: settings.epochs, seed: settings.seed }).finally(stopListening);
    const all = [...baselines, ...results];
    showResults(part(root, 'results'), all);
    showForecasts(part(root, 'forecast-chart'), data.test.starts[0]! + settings.window + horizon - 1, data.test.targets, all);
    part(root, 'results-area').hidden = false;
    const seconds = (performance.now() - started) / 1000;
    root.dataset.seconds = seconds.toFixed(1);
    progressText.textContent = `Training: done in ${seconds.toFixed(1)} s.`;
    // Long-task entries arrive asynchronously: read them after the next frame.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const longest = longTasks.longest(fitFrom, fitTo);
    root.dataset.longestTask = String(longest);
    status.textContent = `${backend} Training ran in a worker; longest pause of this page meanwhile (tasks over 50 ms): ${longest === 0 ? 'none' : `${longest} ms`}.`;
  }

  return {
    async handle(action: string): Promise<void> {
      if (busy) return;
      busy = true;
      root.dataset.state = 'busy';
      part(root, 'alert').hidden = true;
      try {
        if (action === 'start') await run();
        else if (action === 'preview') preview();
        else if (action === 'next-window' && (current || preview())) {
          current!.shownWindow = (current!.shownWindow + 1) % current!.data.train.count;
          drawWindow();
        }
      } catch (error) {
        const alert = part(root, 'alert');
        alert.hidden = false;
        alert.textContent = `Something went wrong: ${(error as Error).message}. Check the settings and press Start again.`;
      } finally {
        busy = false;
        root.dataset.state = current ? 'ready' : 'idle';
      }
    },
  };
}
