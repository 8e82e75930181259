/**
 * The histogram's controls: which kernel, compared with which quantization, how many bins. Drawn
 * after a run and again when a control changes, the box resizes or the theme switches.
 */
import { onThemeChange } from '~/islands/runtime/ui/colour.ts';
import { part } from '~/islands/runtime/ui/dom';
import type { VariantId } from '../model/variants.ts';
import type { LayerWeights } from '../protocol.ts';
import { showHistograms } from './histogram-chart.ts';
import { VARIANT_LABEL } from './labels.ts';

export class HistogramView {
  private layers: LayerWeights[] = [];
  private readonly layer: HTMLSelectElement;
  private readonly compare: HTMLSelectElement;
  private readonly bins: HTMLSelectElement;

  constructor(private readonly root: HTMLElement) {
    this.layer = part<HTMLSelectElement>(root, 'hist-layer');
    this.compare = part<HTMLSelectElement>(root, 'hist-compare');
    this.bins = part<HTMLSelectElement>(root, 'hist-bins');
    for (const select of [this.layer, this.compare, this.bins]) select.addEventListener('change', () => this.draw());
    let frame = 0;
    const later = () => { cancelAnimationFrame(frame); frame = requestAnimationFrame(() => this.draw()); };
    new ResizeObserver(later).observe(part(root, 'hist-before').parentElement!);
    // The canvases keep the colours they were drawn in: redraw (with the current controls) on a
    // theme toggle or a prefers-color-scheme flip. One subscription for the view's (the page's) life.
    onThemeChange(later);
  }

  /** A run's kernels: the layer list is rebuilt, keeping the chosen layer (at first the largest kernel). */
  set(layers: LayerWeights[]): void {
    const largest = layers.reduce<LayerWeights | undefined>((best, l) => (!best || l.values.float32.length > best.values.float32.length ? l : best), undefined);
    const chosen = this.layer.value || largest?.name;
    this.layers = layers;
    this.layer.replaceChildren(...layers.map((l) => new Option(`${l.name} ${JSON.stringify(l.shape)}`, l.name, false, l.name === chosen)));
  }

  draw(): void {
    const layer = this.layers.find((l) => l.name === this.layer.value) ?? this.layers[0];
    if (!layer || part(this.root, 'results-area').hidden) return;
    const variant = this.compare.value as VariantId;
    part(this.root, 'hist-after-title').textContent = `After: ${VARIANT_LABEL[variant]} (outlined bars)`;
    const text = showHistograms(
      { before: part<HTMLCanvasElement>(this.root, 'hist-before'), after: part<HTMLCanvasElement>(this.root, 'hist-after'), summary: part(this.root, 'hist-summary') },
      layer.values.float32, layer.values[variant], Number(this.bins.value), VARIANT_LABEL[variant],
    );
    part(this.root, 'hist-figure').setAttribute('aria-label', `Histograms of ${layer.name}: float32 above, ${VARIANT_LABEL[variant]} below. ${text}`);
  }
}
