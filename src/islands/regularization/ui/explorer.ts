/**
 * The augmentation explorer: every change to a factor re-draws the variants (debounced), shows
 * the Keras lines that make them and what the factors mean; bad factors get a message beside
 * their field and leave the last good grid in place.
 */
import { kerasListing } from '../augment/keras-code.ts';
import { augmentProblems, type AugmentSettings } from '../augment/pipeline.ts';
import type { LabClient } from './client.ts';
import { part, showProblems } from './dom.ts';
import { renderGrid } from './grid.ts';
import { describeAugment, readAugment } from './settings.ts';

/** Variants per digit and digits per grid (fits 360 px: 6 columns of 44 px). */
export const VARIANTS = 5;
const DIGITS = 4;

export class Explorer {
  private seed = 1;
  private first = 0;
  private timer = 0;
  private latest = 0;
  /** The last valid settings, which the A/B run uses when augmentation is ticked. */
  settings: AugmentSettings | null = null;

  constructor(private readonly root: HTMLElement, private readonly client: LabClient, private readonly testCount: number) {
    const form = part<HTMLFormElement>(root, 'augment-form');
    // A failed redraw (e.g. the worker ran out of memory) is said in the alert; the last grid stays.
    const redraw = () => this.update().catch((error: Error) => { const alert = part(root, 'alert'); alert.hidden = false; alert.textContent = `Could not draw the variants: ${error.message}`; });
    form.addEventListener('input', () => { clearTimeout(this.timer); this.timer = window.setTimeout(redraw, 150); });
    part(root, 'new-draws').addEventListener('click', () => { this.seed += 1; void redraw(); });
    part(root, 'other-digits').addEventListener('click', () => { this.first = (this.first + DIGITS) % (this.testCount - DIGITS); void redraw(); });
    for (const button of [part<HTMLButtonElement>(root, 'new-draws'), part<HTMLButtonElement>(root, 'other-digits')]) button.disabled = false;
  }

  /** Reads the form and, if every factor is valid, redraws the grid. */
  async update(): Promise<void> {
    const form = part<HTMLFormElement>(this.root, 'augment-form');
    const settings = readAugment(form);
    if (!showProblems(form, augmentProblems(settings))) { this.settings = null; return; }
    this.settings = settings;
    const words = describeAugment(settings);
    for (const key of ['rotation', 'translation', 'zoom', 'contrast'] as const) part(this.root, `means-${key}`).textContent = words[key];
    part(this.root, 'keras-code').textContent = kerasListing(settings);
    const ticket = ++this.latest;
    const indices = Array.from({ length: DIGITS }, (_, i) => this.first + i);
    const reply = await this.client.request({ type: 'augment', indices, variants: VARIANTS, settings, seed: this.seed });
    if (ticket !== this.latest) return; // a newer change is on its way
    const grid = part(this.root, 'grid');
    renderGrid(grid, reply, VARIANTS);
    part(this.root, 'alert').hidden = true;
    grid.dataset.renders = String(Number(grid.dataset.renders ?? 0) + 1);
  }
}
