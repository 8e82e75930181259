/** Thumbnails of misclassified test digits, fetched one by one from the worker (`test-digit`). */
import type { Replies } from '../protocol';
import { drawChannel, pixelCanvas } from '../../runtime/ui/drawing/canvas';
import { el } from '../../runtime/ui/dom';

type Misclassified = Replies['evaluate']['misclassified'][number];

export const GALLERY_LIMIT = 24;

export async function renderGallery(
  container: HTMLElement,
  misclassified: Misclassified[],
  fetchDigit: (index: number) => Promise<Replies['test-digit']>,
  onPick?: (index: number) => void,
): Promise<void> {
  container.replaceChildren();
  if (misclassified.length === 0) {
    container.replaceChildren(el('p', {}, ['No test digit was misclassified.']));
    return;
  }
  const list = el('ul', { class: 'cnn-gallery' });
  container.replaceChildren(el('p', {}, [`${misclassified.length.toLocaleString('en-US')} test digits were misclassified; the first ${Math.min(GALLERY_LIMIT, misclassified.length)}:`]), list);
  for (const item of misclassified.slice(0, GALLERY_LIMIT)) {
    const { pixels } = await fetchDigit(item.index);
    const description = `Test digit #${item.index}: true ${item.label}, predicted ${item.predicted}`;
    const canvas = pixelCanvas(description);
    drawChannel(canvas, { width: 28, height: 28, data: pixels });
    const caption = el('figcaption', {}, [`${item.label} → ${item.predicted}`]);
    const figure = el('figure', {}, [canvas, caption]);
    const entry = el('li', {}, [figure]);
    if (onPick) {
      const button = el('button', { type: 'button', class: 'cnn-link', title: 'Look inside the network for this digit' }, [`Inspect #${item.index}`]);
      button.addEventListener('click', () => onPick(item.index));
      figure.appendChild(button);
    }
    list.appendChild(entry);
  }
}
