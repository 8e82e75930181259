/** Which backend trains and why, with the warm-up timings the choice was based on. */
import type { Replies } from '../protocol';
import { el } from './dom';

export function renderBackend(container: HTMLElement, init: Replies['init']): void {
  const rows = init.timings.map((t) => el('tr', { class: t.name === init.backend ? 'chosen' : '' }, [
    el('th', { scope: 'row' }, [t.name + (t.name === init.backend ? ' (chosen)' : '')]),
    el('td', { class: 'num' }, [t.imagesPerSec === null ? '—' : `${Math.round(t.imagesPerSec).toLocaleString('en-US')}`]),
    el('td', {}, [t.error ? `unavailable: ${t.error}` : t.software ? 'software rendering (no GPU)' : 'ok']),
  ]));
  container.replaceChildren(
    el('p', {}, [el('strong', { 'data-backend': init.backend, 'data-workers': String(init.workers) }, [`Training on ${init.backend}${init.workers > 1 ? ` with ${init.workers} workers` : ''}.`]), ` ${init.reason}`]),
    ...(init.parallelNote ? [el('p', {}, [init.parallelNote])] : []),
    el('table', {}, [
      el('caption', {}, ['Warm-up measurement on this device']),
      el('thead', {}, [el('tr', {}, [el('th', { scope: 'col' }, ['Backend']), el('th', { scope: 'col' }, ['Images/s']), el('th', { scope: 'col' }, ['Note'])])]),
      el('tbody', {}, rows),
    ]),
  );
}
