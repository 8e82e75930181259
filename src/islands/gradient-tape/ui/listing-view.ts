/**
 * Highlights the listing lines a phase runs: aria-current="step" on each (styled as an outline)
 * and one polite live sentence, "Now: line 8, grads = tape.gradient(...)", for screen readers.
 */
import type { Phase } from '../training/results.ts';
import { part } from '~/islands/runtime/ui/dom';

/** Marks `phase`'s lines as current (none for null) and says which lines run, with `detail` after them. */
export function showPhase(root: HTMLElement, phase: Phase | null, detail = ''): void {
  const lines = [...root.querySelectorAll<HTMLElement>('[data-line]')];
  const current = lines.filter((line) => phase !== null && line.dataset.phase === phase);
  for (const line of lines) {
    if (current.includes(line)) line.setAttribute('aria-current', 'step');
    else line.removeAttribute('aria-current');
  }
  root.dataset.phase = phase ?? '';
  const now = part(root, 'now');
  if (current.length === 0) {
    now.textContent = detail || 'Now: nothing is running.';
    return;
  }
  const numbers = current.map((line) => line.dataset.line);
  const where = numbers.length === 1 ? `line ${numbers[0]}` : `lines ${numbers[0]}–${numbers.at(-1)}`;
  const code = current.map((line) => line.textContent!.trim()).join(' … ');
  now.textContent = `Now: ${where}, ${code}.${detail ? ` ${detail}` : ''}`;
}
