/**
 * A phase's model summary as Keras 3 prints it after compile: one row per layer with its output
 * shape and parameters, whether it trains in this phase, and the three totals. The totals carry
 * data attributes so a test can compare them with Keras's numbers.
 */
import type * as tfl from '@tensorflow/tfjs-layers';
import { el, formatInt } from '../../runtime/ui/dom';
import { formatShape } from '../../runtime/ui/summary';
import { countParams } from '../model/params.ts';

function layerRow(layer: tfl.layers.Layer): HTMLTableRowElement {
  const params = layer.countParams();
  return el('tr', {}, [
    el('th', { scope: 'row' }, [`${layer.name} (${layer.getClassName()})`]),
    el('td', {}, [formatShape(layer.outputShape as (number | null)[])]),
    el('td', { class: 'num' }, [formatInt(params)]),
    el('td', {}, [params === 0 ? '—' : layer.trainable ? 'trains' : 'frozen']),
  ]);
}

/** Adds (or replaces) the table for `phase` ("head" or "fine-tune") in the summaries box. */
export function renderSummary(box: HTMLElement, phase: string, caption: string, model: tfl.LayersModel): void {
  const counts = countParams(model);
  const total = (label: string, key: keyof typeof counts) => el('tr', {}, [
    el('th', { scope: 'row', colspan: '2' }, [label]),
    el('td', { class: 'num', [`data-${key === 'nonTrainable' ? 'non-trainable' : key}`]: String(counts[key]) }, [formatInt(counts[key])]),
    el('td', {}, []),
  ]);
  const table = el('table', { class: 'tl-table' }, [
    el('caption', {}, [caption]),
    el('thead', {}, [el('tr', {}, ['Layer (type)', 'Output shape', 'Param #', 'This phase'].map((h) => el('th', { scope: 'col' }, [h])))]),
    el('tbody', {}, model.layers.filter((l) => l.getClassName() !== 'InputLayer').map(layerRow)),
    el('tfoot', {}, [total('Total params', 'total'), total('Trainable params', 'trainable'), total('Non-trainable params', 'nonTrainable')]),
  ]);
  const wrapper = el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': `${caption} (scrolls sideways on small screens)`, 'data-summary': phase }, [table]);
  const old = box.querySelector(`[data-summary="${phase}"]`);
  if (old) old.replaceWith(wrapper);
  else box.appendChild(wrapper);
}
