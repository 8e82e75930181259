/**
 * The learner's symbols on the page: a name field per symbol (with its error slot), the radio
 * group that picks where the next drawing goes, and each symbol's drawings as thumbnails with a
 * Delete button. Held-out drawings are marked, so the learner sees which ones test the model.
 */
import { drawChannel, pixelCanvas } from '../../runtime/ui/drawing/canvas';
import { el, part } from '../../runtime/ui/dom';
import type { DrawingSet } from '../data/drawings.ts';
import { heldOutIndices } from '../data/split.ts';
import { MAX_NAME } from '../data/validate.ts';

/** Name fields, one per symbol; `onRename(i, text)` on every edit. */
export function renderNames(root: HTMLElement, set: DrawingSet, onRename: (index: number, name: string) => void): void {
  part(root, 'names').replaceChildren(...set.classes.map((symbol, i) => {
    const input = el('input', { id: `tl-name-${i}`, name: `name-${i}`, type: 'text', value: symbol.name, maxlength: String(MAX_NAME), 'aria-describedby': `tl-name-${i}-error`, autocomplete: 'off' });
    input.addEventListener('input', () => onRename(i, input.value));
    return el('li', {}, [
      el('label', { for: `tl-name-${i}` }, [`Symbol ${i + 1}`]), ' ', input,
      el('span', { id: `tl-name-${i}-error`, class: 'tl-error', 'data-error-for': `name-${i}`, hidden: '' }),
    ]);
  }));
}

/** The radio group choosing the symbol the next drawing is added to; keeps the choice when it still exists. */
export function renderTargets(root: HTMLElement, set: DrawingSet): void {
  const box = part(root, 'targets');
  const chosen = Number(box.querySelector<HTMLInputElement>('input:checked')?.value ?? 0);
  box.replaceChildren(...set.classes.map((symbol, i) => el('label', {}, [
    el('input', { type: 'radio', name: 'tl-target', value: String(i), ...(i === Math.min(chosen, set.classes.length - 1) ? { checked: '' } : {}) }),
    ` ${symbol.name.trim() || `symbol ${i + 1}`}`,
  ])));
}

/** The symbol chosen in the radio group. */
export function chosenTarget(root: HTMLElement): number {
  return Number(part(root, 'targets').querySelector<HTMLInputElement>('input:checked')?.value ?? 0);
}

/** Every symbol's drawings as thumbnails; `onDelete(id)` when a Delete button is pressed. */
export function renderDrawings(root: HTMLElement, set: DrawingSet, onDelete: (id: string) => void): void {
  part(root, 'drawings').replaceChildren(...set.classes.map((symbol, c) => {
    const name = symbol.name.trim() || `symbol ${c + 1}`;
    const held = heldOutIndices(symbol.drawings.length);
    const items = symbol.drawings.map((drawing, i) => {
      const canvas = pixelCanvas(`${name}, drawing ${i + 1}`, 'tl-pixels');
      drawChannel(canvas, { width: 28, height: 28, data: drawing.pixels.map((v) => 1 - v) });
      const remove = el('button', { type: 'button', 'aria-label': `Delete ${name} drawing ${i + 1}` }, ['Delete']);
      remove.addEventListener('click', () => onDelete(drawing.id));
      return el('li', { class: held.includes(i) ? 'held' : '', 'data-drawing': drawing.id }, [canvas, held.includes(i) ? 'held out' : 'training', el('br'), remove]);
    });
    return el('div', { class: 'tl-class', 'data-class': String(c), 'data-count': String(symbol.drawings.length) }, [
      el('h5', {}, [`${name}: ${symbol.drawings.length} drawing${symbol.drawings.length === 1 ? '' : 's'}`]),
      items.length > 0 ? el('ul', { class: 'tl-thumbs' }, items) : el('p', { class: 'tl-note' }, ['None yet.']),
    ]);
  }));
}
