/** Shows a run's outcome: TensorFlow.js's result or error, and what Python does with the same call. */
import { formatShape, formatTensor } from '../format/values';
import type { RunResult } from '../ops/run';
import type { PythonSays } from '../teach/python-says';

const part = <T extends HTMLElement = HTMLElement>(root: HTMLElement, name: string) => root.querySelector<T>(`[data-part="${name}"]`)!;

/**
 * Renders `result` and `says` (null: Python agrees; undefined: no comparison for this case) and
 * returns the one-line summary for the live status region.
 */
export function renderResult(root: HTMLElement, result: RunResult, says: PythonSays | null | undefined): string {
  const values = part(root, 'values');
  part(root, 'error').hidden = result.ok;
  if (result.ok) {
    part(root, 'shape').textContent = formatShape(result.shape);
    part(root, 'dtype').textContent = result.dtype;
    values.textContent = formatTensor(result.values, result.shape, result.dtype);
    values.dataset.shape = result.shape.join(',');
  } else {
    part(root, 'shape').textContent = '—';
    part(root, 'dtype').textContent = '—';
    values.textContent = 'No result: the operation raised an error.';
    delete values.dataset.shape;
    part(root, 'error-text').textContent = result.message;
  }
  const box = part(root, 'python-says');
  box.hidden = says === undefined;
  const text = says === null ? 'the same call gives the same shape and dtype.' : says?.text ?? '';
  part(root, 'python-says-text').textContent = text;
  part(root, 'python-quote').textContent = says?.quote ?? '';
  part(root, 'python-quote-box').hidden = !says?.quote;
  const summary = result.ok ? `Result: shape ${formatShape(result.shape)}, dtype ${result.dtype}.` : `TensorFlow.js raised an error: ${result.message}`;
  const python = says?.raises ? (result.ok ? ' TensorFlow in Python would raise an error here.' : ' Python raises too.') : '';
  return summary + python;
}
