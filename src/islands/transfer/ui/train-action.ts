/**
 * The Train button: checks the names, the drawings and the settings (each problem shown next to
 * its control, nothing trained, nothing lost), then has the worker train and reports the result,
 * its time and the longest pause of the page meanwhile.
 */
import { readForm } from '../../runtime/ui/form.ts';
import { TrainingCharts } from '../../runtime/ui/charts';
import { formatPercent, part } from '../../runtime/ui/dom';
import { drawingProblems, nameProblems } from '../data/validate.ts';
import { runTraining, type LabClient } from './run.ts';
import { validateRun } from './settings.ts';
import type { Workspace } from './workspace.ts';

let charts: TrainingCharts | null = null;
let runs = 0;

/** Marks bad names beside their fields; true when all are fine. */
function checkNames(root: HTMLElement, names: string[]): boolean {
  const problems = nameProblems(names);
  names.forEach((_, i) => {
    const problem = problems.find((p) => p.field === `name-${i}`);
    const slot = root.querySelector<HTMLElement>(`[data-error-for="name-${i}"]`)!;
    slot.hidden = !problem;
    slot.textContent = problem?.message ?? '';
    const input = root.querySelector<HTMLInputElement>(`[name="name-${i}"]`)!;
    if (problem) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  });
  root.querySelector<HTMLElement>('[name^="name-"][aria-invalid="true"]')?.focus();
  return problems.length === 0;
}

/** Validates everything, then trains; the workspace keeps the trained model for predictions. */
export async function train(root: HTMLElement, client: LabClient, space: Workspace, longTasks: { longest(from: number, to: number): number }): Promise<void> {
  const status = part(root, 'status');
  const settings = readForm(part<HTMLFormElement>(root, 'controls'), validateRun);
  if (!checkNames(root, space.set.classes.map((c) => c.name))) { status.textContent = 'Fix the symbol names marked above, then train.'; return; }
  const drawings = drawingProblems(space.set);
  space.say('drawings-error', drawings[0]?.message ?? null);
  if (drawings.length > 0) { status.textContent = 'Not enough drawings yet: see the message under your drawings.'; return; }
  if (!settings.ok) { status.textContent = 'Fix the settings marked above, then train.'; return; }
  charts ??= new TrainingCharts(part(root, 'loss-chart'), part(root, 'accuracy-chart'));
  status.textContent = 'Training on your drawings…';
  const from = performance.now();
  const names = await runTraining(root, client, space.set, settings.value, charts, ++runs);
  const seconds = (performance.now() - from) / 1000;
  space.setTrained(client, names);
  // Long tasks are reported after they end: give the observer a moment.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const longest = longTasks.longest(from, performance.now());
  root.dataset.seconds = seconds.toFixed(1);
  root.dataset.longestTask = String(longest);
  const head = Number(part(root, 'accuracy-head').dataset.accuracy);
  status.textContent = `Trained in ${seconds.toFixed(1)} s in a worker (longest pause of this page meanwhile: ${longest === 0 ? 'none over 50 ms' : `${longest} ms`}); held-out accuracy ${formatPercent(head)} with the new head. Draw on the pad to see predictions.`;
}
