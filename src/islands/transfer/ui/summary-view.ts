/**
 * A phase's model summary as Keras 3 prints it after compile: one row per layer with its output
 * shape and parameters, whether it trains in this phase, and the three totals. The totals carry
 * data attributes so a test can compare them with Keras's numbers.
 */
import { el, formatInt } from '../../runtime/ui/dom';
import { formatShape } from '../../runtime/ui/summary';
import type { ParamCounts } from '../model/params.ts';
import type { LayerRow } from '../protocol.ts';

function layerRow(row: LayerRow): HTMLTableRowElement {
  return el('tr', {}, [
    el('th', { scope: 'row' }, [`${row.name} (${row.className})`]),
    el('td', {}, [formatShape(row.outputShape)]),
    el('td', { class: 'num' }, [formatInt(row.params)]),
    el('td', {}, [row.params === 0 ? '—' : row.trainable ? 'trains' : 'frozen']),
  ]);
}

/** Adds (or replaces) the table for `phase` ("head" or "fine-tune") in the summaries box. */
export function renderSummary(box: HTMLElement, phase: string, caption: string, rows: LayerRow[], counts: ParamCounts): void {
  const total = (label: string, key: keyof ParamCounts, attribute: string) => el('tr', {}, [
    el('th', { scope: 'row', colspan: '2' }, [label]),
    el('td', { class: 'num', [attribute]: String(counts[key]) }, [formatInt(counts[key])]),
    el('td', {}, []),
  ]);
  const table = el('table', { class: 'tl-table' }, [
    el('caption', {}, [caption]),
    el('thead', {}, [el('tr', {}, ['Layer (type)', 'Output shape', 'Param #', 'This phase'].map((h) => el('th', { scope: 'col' }, [h])))]),
    el('tbody', {}, rows.map(layerRow)),
    el('tfoot', {}, [total('Total params', 'total', 'data-total'), total('Trainable params', 'trainable', 'data-trainable'), total('Non-trainable params', 'nonTrainable', 'data-non-trainable')]),
  ]);
  const wrapper = el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': `${caption} (scrolls sideways on small screens)`, 'data-summary': phase }, [table]);
  const old = box.querySelector(`[data-summary="${phase}"]`);
  if (old) old.replaceWith(wrapper);
  else box.appendChild(wrapper);
}
