/**
 * Fills the progress page's server-rendered table and summary from GET /api/progress.
 * Only text and attributes change, so the markup stays the page's own.
 */
import type { InferResponseType } from 'hono/client';
import type { api } from '../api';

export type Progress = InferResponseType<ReturnType<typeof api>['progress']['$get'], 200>;
type ModuleProgress = Progress['modules'][number];

export const percent = (fraction: number) => `${Math.round(fraction * 1000) / 10}%`;

/** The short state shown per module on this page and on catalog badges. */
export function stateLabel(m: ModuleProgress): string {
  if (m.passed) return 'Passed';
  return m.attempts > 0 ? 'In progress' : 'Not started';
}

function fillRow(row: HTMLTableRowElement, m: ModuleProgress): void {
  const cell = (name: string) => row.querySelector<HTMLElement>(`[data-cell="${name}"]`)!;
  row.dataset.passed = String(m.passed);
  if (row.dataset.hasQuiz !== 'true') return;
  cell('state').textContent = stateLabel(m);
  cell('best').textContent = m.bestScore === null ? '–' : `${m.bestScore}%`;
  // Attempts after the reveal still count as attempts, but say in words that they were practice.
  cell('attempts').textContent = m.practiceAfter === null ? String(m.attempts) : `${m.attempts} (practice: answers were revealed after attempt ${m.practiceAfter})`;
}

/** Where to go next: the first module with a quiz not yet passed, in course order. */
function continueLink(root: ParentNode, byModule: Map<string, ModuleProgress>): HTMLElement {
  const p = root.querySelector<HTMLElement>('[data-continue]')!;
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-progress-row][data-has-quiz="true"]')];
  const next = rows.find((r) => !byModule.get(r.dataset.progressRow!)?.passed);
  if (!next) {
    p.textContent = 'You have passed every quiz available so far.';
    return p;
  }
  const a = document.createElement('a');
  a.href = `/modules/${next.dataset.progressRow}/`;
  a.dataset.continueLink = '';
  a.textContent = `Continue where you left off: Module ${next.dataset.number}, ${next.dataset.title}`;
  p.replaceChildren(a);
  return p;
}

export function renderProgress(root: ParentNode, progress: Progress): void {
  const byModule = new Map<string, ModuleProgress>(progress.modules.map((m) => [m.module, m]));
  for (const row of root.querySelectorAll<HTMLTableRowElement>('tr[data-progress-row]')) {
    const m = byModule.get(row.dataset.progressRow!);
    if (m) fillRow(row, m);
  }
  const { completed, total, completion } = progress.overall;
  root.querySelector<HTMLProgressElement>('[data-overall-bar]')!.value = completion;
  root.querySelector('[data-overall-text]')!.textContent = `${completed} of ${total} modules passed (${percent(completion)})`;
  const cnn = byModule.get('cnn');
  const best = cnn && 'cnnBestAccuracy' in cnn ? cnn.cnnBestAccuracy : null;
  root.querySelector('[data-cnn-best]')!.textContent = typeof best === 'number' ? percent(best) : 'none yet';
  continueLink(root, byModule);
}
