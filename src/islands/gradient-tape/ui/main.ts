/**
 * The lab on the page, imported by the shell's loader on the first press of Start. `mount(root)`
 * returns `handle(action)` for the shell's buttons: start, forward, gradients, apply, step, run,
 * reset. Any of them starts the lab first if Start has not run; an action is refused politely while
 * another runs.
 */
import { buildLabModel } from '../model/build.ts';
import { LabBatches } from '../data/batches.ts';
import { StepSession } from '../training/session.ts';
import type { Phase } from '../training/results.ts';
import type { Split } from '~/islands/runtime/mnist/shards';
import { part } from '~/islands/runtime/ui/dom';
import { showPhase } from './listing-view.ts';
import { LossChart } from './loss-chart.ts';
import { finishStep, PHASE_LABELS, runPhase, type PhaseContext } from './phases.ts';
import { readForm } from '../../runtime/ui/form.ts';
import { RUN_STEPS, validateSettings } from './settings.ts';
import { clearVariables } from './variables-view.ts';
import { loadLab } from './loading.ts';
import { runSteps } from './run.ts';

const PHASES: readonly string[] = ['forward', 'gradients', 'apply'];

/** Wires the lab into `root` (the shell's section) and returns its action handler. */
export function mount(root: HTMLElement): { handle(action: string): Promise<void> } {
  const status = part(root, 'status');
  const chart = new LossChart(part(root, 'chart'));
  let train: Split | null = null;
  let context: PhaseContext | null = null;
  let seed = 0;
  let busy = false;
  /** Set when an action had something to say; the default "next:" line then waits a turn. */
  let said = false;

  const say = (text: string) => { status.textContent = text; said = true; };
  const refresh = () => {
    const next = context?.session.nextPhase;
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-step-control]')) {
      const action = button.dataset.action!;
      const usable = !busy && (!PHASES.includes(action) || action === (next ?? 'forward'));
      button.setAttribute('aria-disabled', String(!usable));
    }
    root.dataset.state = busy ? 'busy' : context ? 'ready' : 'idle';
    if (context && !busy && !said) status.textContent = `Step ${context.session.step + 1}, next: ${PHASE_LABELS[next!]}. Seed ${seed}, learning rate ${context.session.learningRate}.`;
  };

  /** A new session from the form's settings and the next seed (Start and Reset). */
  const fresh = (): boolean => {
    const settings = readForm(part<HTMLFormElement>(root, 'controls'), validateSettings);
    if (!settings.ok) { say('Fix the settings marked above, then try again.'); return false; }
    context?.session.dispose();
    seed++;
    const { learningRate, batchSize } = settings.value;
    const session = new StepSession(buildLabModel(seed), new LabBatches(train!, batchSize, seed), learningRate, seed);
    context = { root, session, chart, firstLoss: null, lastLoss: null };
    delete root.dataset.firstLoss;
    delete root.dataset.lastLoss;
    chart.clear();
    clearVariables(root);
    part(root, 'run-progress').setAttribute('value', '0');
    showPhase(root, null, `Now: a fresh model (seed ${seed}); nothing has run yet.`);
    return true;
  };

  async function start(): Promise<void> {
    if (!readForm(part<HTMLFormElement>(root, 'controls'), validateSettings).ok) { say('Fix the settings marked above, then press Start.'); return; }
    train = await loadLab(root);
    part(root, 'start').hidden = true;
    fresh();
  }

  async function act(action: string): Promise<void> {
    // Any button before Start starts the lab first (the shared loader imports the lab on any of them).
    if (!train) {
      await start();
      if (action === 'start' || action === 'reset' || !context) return;
    }
    if (action === 'start') return;
    if (!context || action === 'reset') { fresh(); return; }
    if (PHASES.includes(action)) {
      const next = context.session.nextPhase;
      if (action !== next) { say(`Not yet: train_step runs “${PHASE_LABELS[next]}” next.`); return; }
      runPhase(context, action as Phase);
    } else if (action === 'step') {
      finishStep(context);
    } else if (action === 'run') {
      await runSteps(context, RUN_STEPS, part<HTMLProgressElement>(root, 'run-progress'), part(root, 'run-progress-text'));
    }
  }

  return {
    async handle(action: string): Promise<void> {
      if (busy) return;
      busy = true;
      said = false;
      refresh();
      part(root, 'alert').hidden = true;
      try {
        await act(action);
      } catch (error) {
        const alert = part(root, 'alert');
        alert.hidden = false;
        alert.textContent = `Something went wrong: ${(error as Error).message}. Press Reset to start over.`;
      } finally {
        busy = false;
        refresh();
      }
    },
  };
}
