/**
 * Which backend runs the model and why, with the warm-up timings the choice was based on.
 * `purpose` says what it runs now: training, or a model loaded from this browser (and, when
 * known, which backend that model was trained on).
 */
import type { BackendChoice } from '../backend/types.ts';
import { el } from './dom';

/** A backend choice, with the parallel helpers the MNIST engine chose (absent for main-thread islands). */
export type BackendReport = BackendChoice & { workers?: number; parallelNote?: string };

export type BackendPurpose = { kind: 'training' } | { kind: 'loaded'; trainedOn?: string };

function headline(init: BackendReport, purpose: BackendPurpose): string {
  const workers = (init.workers ?? 1) > 1 ? ` with ${init.workers} workers` : '';
  if (purpose.kind === 'training') return `Training on ${init.backend}${workers}.`;
  const trained = purpose.trainedOn && purpose.trainedOn !== init.backend ? ` (it was trained on ${purpose.trainedOn})` : '';
  return `Running the loaded model on ${init.backend}${trained}.`;
}

/** Fills `container` with the headline, why, and the warm-up table (one row per backend; none for a remembered choice). */
export function renderBackend(container: HTMLElement, init: BackendReport, purpose: BackendPurpose = { kind: 'training' }): void {
  const rows = init.timings.map((t) => el('tr', { class: t.name === init.backend ? 'chosen' : '' }, [
    el('th', { scope: 'row' }, [t.name + (t.name === init.backend ? ' (chosen)' : '')]),
    el('td', { class: 'num' }, [t.imagesPerSec === null ? '—' : `${Math.round(t.imagesPerSec).toLocaleString('en-US')}`]),
    el('td', {}, [t.error ? `unavailable: ${t.error}` : t.software ? 'software rendering (no GPU)' : 'ok']),
  ]));
  container.replaceChildren(
    el('p', {}, [el('strong', { 'data-backend': init.backend, 'data-workers': String(init.workers ?? 1) }, [headline(init, purpose)]), ` ${init.reason}`]),
    ...(init.parallelNote ? [el('p', {}, [init.parallelNote])] : []),
    ...(rows.length === 0 ? [] : [el('table', {}, [
      el('caption', {}, ['Warm-up measurement on this device']),
      el('thead', {}, [el('tr', {}, [el('th', { scope: 'col' }, ['Backend']), el('th', { scope: 'col' }, ['Images/s']), el('th', { scope: 'col' }, ['Note'])])]),
      el('tbody', {}, rows),
    ])]),
  );
}
