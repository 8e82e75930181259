/**
 * "Look inside": the first conv layer's 32 filters and every conv layer's feature maps for one
 * input. Data arrive channel-last from the worker (filters [3,3,1,32], maps [h,w,channels]).
 */
import type { Replies } from '../protocol';
import { drawChannel, pixelCanvas } from '../../runtime/ui/drawing/canvas';
import { el } from '../../runtime/ui/dom';

type Inspection = Replies['inspect'];

function grid(title: string, canvases: HTMLCanvasElement[], note: string): HTMLElement {
  return el('figure', { class: 'cnn-inspect-layer' }, [
    el('figcaption', {}, [el('strong', {}, [title]), ` ${note}`]),
    el('div', { class: 'cnn-inspect-grid' }, canvases),
  ]);
}

export function renderInspection(container: HTMLElement, inspection: Inspection, inputLabel: string): void {
  const { filters, featureMaps } = inspection;
  const filterCanvases = Array.from({ length: filters.count }, (_, k) => {
    const canvas = pixelCanvas(`Filter ${k + 1} of the first convolution`);
    drawChannel(canvas, { width: filters.width, height: filters.height, data: filters.data, channels: filters.count, channel: k }, true);
    return canvas;
  });
  const sections = [grid(`First-layer filters (${filters.count})`, filterCanvases, `${filters.width}x${filters.height} weights each; light = positive.`)];
  for (const map of featureMaps) {
    const canvases = Array.from({ length: map.channels }, (_, k) => {
      const canvas = pixelCanvas(`${map.layer}, channel ${k + 1}, for ${inputLabel}`);
      drawChannel(canvas, { width: map.width, height: map.height, data: map.data, channels: map.channels, channel: k }, true);
      return canvas;
    });
    sections.push(grid(`${map.layer}`, canvases, `${map.channels} feature maps of ${map.width}x${map.height} for ${inputLabel}.`));
  }
  container.replaceChildren(...sections);
}
