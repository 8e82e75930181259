/** The trained model's probabilities for the drawing on the pad, as a labelled bar list, best first. */
import { el, formatPercent } from '../../runtime/ui/dom';

/** `probabilities[i]` belongs to `names[i]`; null clears the list with a hint. */
export function renderPredictions(list: HTMLElement, guess: HTMLElement, names: readonly string[], probabilities: ArrayLike<number> | null): void {
  if (!probabilities) {
    guess.textContent = '';
    list.replaceChildren(el('li', { class: 'empty' }, ['Draw on the pad to see the new model’s prediction.']));
    delete list.dataset.best;
    return;
  }
  const ranked = names.map((name, i) => ({ name, p: probabilities[i] ?? 0 })).sort((a, b) => b.p - a.p);
  const best = ranked[0]!;
  list.dataset.best = best.name;
  guess.textContent = `Best guess: ${best.name} (${formatPercent(best.p)}).`;
  list.replaceChildren(...ranked.map(({ name, p }) => el('li', { class: name === best.name ? 'best' : '', 'data-probability': String(p) }, [
    el('span', { class: 'name' }, [name]),
    el('span', { class: 'bar', style: `--p: ${p.toFixed(4)}`, 'aria-hidden': 'true' }),
    el('span', { class: 'value' }, [formatPercent(p)]),
  ])));
}
