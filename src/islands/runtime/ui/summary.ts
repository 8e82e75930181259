/** The live model summary (from the worker's `build` reply) as a Keras-style table. */
import type { SummaryRow, TrainingReplies } from '../training/engine/protocol.ts';
import { el, formatInt } from './dom';

/** Keras prints shapes with None for the batch dimension: (None, 26, 26, 32). */
export function formatShape(shape: (number | null)[]): string {
  const parts = shape.map((d) => (d === null ? 'None' : String(d)));
  return `(${parts.join(', ')}${parts.length === 1 ? ',' : ''})`;
}

function row(r: SummaryRow): HTMLTableRowElement {
  return el('tr', {}, [
    el('th', { scope: 'row' }, [`${r.name} (${r.className})`]),
    el('td', {}, [formatShape(r.outputShape)]),
    el('td', { class: 'num' }, [formatInt(r.params)]),
  ]);
}

/** Replaces `table`'s body and footer with the `build` reply's rows and parameter totals. */
export function renderSummary(table: HTMLTableElement, summary: TrainingReplies['build']): void {
  const body = el('tbody', {}, summary.rows.map(row));
  const foot = el('tfoot', {}, [
    el('tr', {}, [el('th', { scope: 'row', colspan: '2' }, ['Total params']), el('td', { class: 'num', 'data-total-params': String(summary.totalParams) }, [formatInt(summary.totalParams)])]),
    el('tr', {}, [el('th', { scope: 'row', colspan: '2' }, ['Trainable params']), el('td', { class: 'num' }, [formatInt(summary.trainableParams)])]),
  ]);
  table.querySelector('tbody')?.replaceWith(body);
  table.querySelector('tfoot')?.replaceWith(foot);
  if (!body.isConnected) table.appendChild(body);
  if (!foot.isConnected) table.appendChild(foot);
}
