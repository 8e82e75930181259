/**
 * "Run 50 steps": whole steps one after another, yielding to the page between steps so the
 * progress bar, the tables and the chart repaint and the buttons stay responsive.
 */
import { showPhase } from './listing-view.ts';
import { finishStep, type PhaseContext } from './phases.ts';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs `steps` full steps (finishing a half-done one first), then says how far the loss fell. */
export async function runSteps(context: PhaseContext, steps: number, progress: HTMLProgressElement, label: HTMLElement): Promise<void> {
  const { root, session } = context;
  const started = performance.now();
  progress.max = steps;
  progress.value = 0;
  showPhase(root, null, `Now: running ${steps} full steps of train_step.`);
  for (let i = 1; i <= steps; i++) {
    finishStep(context, true);
    progress.value = i;
    label.textContent = `Run: step ${i} of ${steps}`;
    await nextTask();
  }
  const seconds = (performance.now() - started) / 1000;
  root.dataset.runSeconds = seconds.toFixed(2);
  label.textContent = `Run: ${steps} steps done in ${seconds.toFixed(1)} s`;
  showPhase(root, null, `Done: ${steps} steps (${session.step} in total). Batch loss ${context.firstLoss?.toFixed(4)} at step 1, ${context.lastLoss?.toFixed(4)} now.`);
}
