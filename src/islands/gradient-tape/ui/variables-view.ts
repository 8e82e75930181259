/**
 * One table row per trainable variable: its Keras name, shape, a norm (of the gradient or of
 * the update) and a bar scaled to the largest norm in the table. The bar is decoration: the
 * number beside it carries the value for screen readers.
 */
import type { ApplyResult, GradientsResult, VariableRow } from '../training/results.ts';
import { part } from '~/islands/runtime/ui/dom';
import { formatShape, formatValue } from './format.ts';

function fillRows(body: HTMLElement, rows: VariableRow[]): void {
  const largest = Math.max(...rows.map((r) => r.norm), Number.MIN_VALUE);
  body.replaceChildren(...rows.map((row) => {
    const tr = document.createElement('tr');
    const name = document.createElement('th');
    name.scope = 'row';
    const code = document.createElement('code');
    code.textContent = row.name;
    name.appendChild(code);
    const shape = document.createElement('td');
    shape.textContent = formatShape(row.shape);
    const norm = document.createElement('td');
    norm.className = 'num';
    norm.textContent = formatValue(row.norm);
    norm.dataset.norm = String(row.norm);
    const barCell = document.createElement('td');
    const bar = document.createElement('span');
    bar.className = 'gt-bar';
    bar.setAttribute('aria-hidden', 'true');
    bar.style.setProperty('--share', String(row.norm / largest));
    barCell.appendChild(bar);
    tr.append(name, shape, norm, barCell);
    return tr;
  }));
}

/** Fills the gradients table and the global norm. */
export function showGradients(root: HTMLElement, result: GradientsResult): void {
  fillRows(part(root, 'gradients'), result.rows);
  part(root, 'global-norm').textContent = formatValue(result.globalNorm);
  part(root, 'tape-loss').textContent = result.tapeLoss.toFixed(4);
}

/** Fills the update table and the learning rate the optimizer used. */
export function showUpdate(root: HTMLElement, result: ApplyResult): void {
  fillRows(part(root, 'updates'), result.rows);
  part(root, 'lr-used').textContent = String(result.learningRate);
  part(root, 'metric-loss').textContent = result.metrics.loss.toFixed(4);
  part(root, 'metric-accuracy').textContent = `${(result.metrics.accuracy * 100).toFixed(1)}%`;
  part(root, 'steps-done').textContent = String(result.step);
}

/** Empties both tables and the figures (a Reset). */
export function clearVariables(root: HTMLElement): void {
  for (const name of ['gradients', 'updates']) part(root, name).replaceChildren();
  for (const name of ['global-norm', 'tape-loss', 'lr-used', 'metric-loss', 'metric-accuracy', 'loss']) part(root, name).textContent = '—';
  part(root, 'steps-done').textContent = '0';
  part(root, 'batch').replaceChildren();
  part(root, 'batch-info').textContent = 'No batch yet: run the forward pass.';
}
