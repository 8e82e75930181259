/** The model's class probabilities for the drawn digit, as a labelled bar list (text + bar). */
import { el, formatPercent } from '../../runtime/ui/dom';

/** `guess` is a polite live region: one short sentence instead of ten changing bars. */
export function renderProbabilities(list: HTMLElement, probabilities: number[] | null, guess?: HTMLElement): void {
  if (!probabilities) {
    if (guess) guess.textContent = '';
    list.replaceChildren(el('li', { class: 'empty' }, ['Draw a digit to see what the network thinks it is.']));
    list.removeAttribute('data-best');
    return;
  }
  const best = probabilities.reduce((bestIndex, p, i, all) => (p > all[bestIndex]! ? i : bestIndex), 0);
  list.dataset.best = String(best);
  if (guess) guess.textContent = `Best guess: ${best} (${formatPercent(probabilities[best]!)}).`;
  list.replaceChildren(...probabilities.map((p, digit) => el('li', { class: digit === best ? 'best' : '', 'data-probability': String(p) }, [
    el('span', { class: 'digit' }, [String(digit)]),
    el('span', { class: 'bar', style: `--p: ${p.toFixed(4)}`, 'aria-hidden': 'true' }),
    el('span', { class: 'value' }, [formatPercent(p)]),
  ])));
}
