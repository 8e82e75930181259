/**
 * Runs the session's phases and shows each result: the one place that knows which view a
 * phase's result goes to. `quiet` skips the listing's live sentence (during a 50-step run).
 */
import type { StepSession } from '../training/session.ts';
import type { Phase } from '../training/results.ts';
import { showBatch } from './batch-view.ts';
import { showPhase } from './listing-view.ts';
import type { LossChart } from './loss-chart.ts';
import { showGradients, showUpdate } from './variables-view.ts';

/** Button labels, also used in "First: ..." hints. */
export const PHASE_LABELS: Record<Phase, string> = { forward: 'Forward pass + loss', gradients: 'Compute gradients', apply: 'Apply update' };

/** What the learner sees about a session between phases. */
export interface PhaseContext { root: HTMLElement; session: StepSession; chart: LossChart; firstLoss: number | null; lastLoss: number | null }

/** Runs `phase` (which must be the session's next) and updates every view it affects. */
export function runPhase(context: PhaseContext, phase: Phase, quiet = false): void {
  const { root, session, chart } = context;
  let detail = '';
  if (phase === 'forward') {
    const result = session.forward();
    showBatch(root, result);
    context.firstLoss ??= result.loss;
    context.lastLoss = result.loss;
    root.dataset.firstLoss = String(context.firstLoss);
    root.dataset.lastLoss = String(result.loss);
    detail = `The batch's loss is ${result.loss.toFixed(4)}.`;
  } else if (phase === 'gradients') {
    const result = session.gradients();
    showGradients(root, result);
    detail = `One gradient per variable; global norm ${result.globalNorm.toPrecision(3)}.`;
  } else {
    const result = session.apply();
    showUpdate(root, result);
    chart.add(result.step, result.batchLoss, result.metrics.loss);
    detail = `Step ${result.step} done; running loss ${result.metrics.loss.toFixed(4)}.`;
  }
  if (!quiet) showPhase(root, phase, detail);
}

/** Runs phases until the current step is complete (a whole step when none is under way). */
export function finishStep(context: PhaseContext, quiet = false): void {
  do runPhase(context, context.session.nextPhase, quiet);
  while (context.session.nextPhase !== 'forward');
}
