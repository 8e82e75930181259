/**
 * The first few training windows as arrays, the way `timeseries_dataset_from_array` pairs them:
 * inputs x (every value, two decimals) and target y.
 */
import { el } from '~/islands/runtime/ui/dom';
import { windowInputs, type Windows } from '../data/windows.ts';

const fmt = (v: number) => v.toFixed(2);

/** Fills `list` (an <ol>) with the first `n` windows of `w`, labelled with their series steps. */
export function showWindows(list: HTMLElement, w: Windows, horizon: number, n = 3): void {
  list.replaceChildren(...w.starts.slice(0, n).map((start, i) => {
    const end = start + w.window - 1;
    const at = end + horizon;
    return el('li', {}, [
      el('span', {}, [`Window ${i}: steps ${start}–${end} → target step ${at}`]),
      el('code', { class: 'ts-array' }, [`x = [${windowInputs(w, i).map(fmt).join(', ')}]`]),
      el('code', {}, [`y = ${fmt(w.targets[i]!)}`]),
    ]);
  }));
}
