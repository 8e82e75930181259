/**
 * The learner's drawing set on the page: restored from localStorage on Start, saved after every
 * change, shown as name fields and thumbnails; the pad adds drawings and, once a model is trained,
 * shows its live predictions. Refuses to drop a symbol that still has drawings (nothing is lost).
 */
import { DrawingPad } from '../../runtime/ui/drawing/drawing-pad';
import { part } from '../../runtime/ui/dom';
import { addDrawing, deleteDrawing, emptySet, type DrawingSet } from '../data/drawings.ts';
import { load, save } from '../data/store.ts';
import { MAX_CLASSES, MIN_CLASSES } from '../data/validate.ts';
import { renderPredictions } from './predictions.ts';
import type { LabClient } from './run.ts';
import { chosenTarget, renderDrawings, renderNames, renderTargets } from './symbols-view.ts';

export class Workspace {
  readonly set: DrawingSet;
  private input: Float32Array | null = null;
  private trained: { client: LabClient; names: string[] } | null = null;
  private predicting = false;
  private again = false;
  private readonly pad: DrawingPad;

  constructor(private readonly root: HTMLElement) {
    const stored = load(localStorage);
    this.set = stored.set ?? emptySet();
    this.say('drawings-error', stored.problem ?? null);
    this.pad = new DrawingPad(part<HTMLCanvasElement>(root, 'pad'), (input) => { this.input = input; void this.predict(); });
    part(root, 'pad-clear').addEventListener('click', () => this.pad.clear());
    part(root, 'add-drawing').addEventListener('click', () => this.addFromPad());
    part(root, 'add-class').addEventListener('click', () => this.resize(+1));
    part(root, 'remove-class').addEventListener('click', () => this.resize(-1));
    renderNames(root, this.set, (i, name) => { this.set.classes[i]!.name = name; this.changed(); });
    // Rendered, not saved: a damaged record stays in storage until the learner changes something.
    this.render();
  }

  /** Shows `text` in the `slot` message (hidden when null). */
  say(slot: string, text: string | null): void {
    const box = part(this.root, slot);
    box.hidden = text === null;
    box.textContent = text ?? '';
  }

  /** The worker now holds a model trained for `names`: predict the pad's drawing with it. */
  setTrained(client: LabClient, names: string[]): void {
    this.trained = { client, names };
    void this.predict();
  }

  /** One prediction in flight at a time; strokes drawn meanwhile are predicted right after. */
  private async predict(): Promise<void> {
    if (!this.trained) return;
    if (this.predicting) { this.again = true; return; }
    this.predicting = true;
    try {
      do {
        this.again = false;
        const { client, names } = this.trained;
        const input = this.input;
        const probabilities = input ? (await client.request({ type: 'predict', pixels: input })).probabilities : null;
        renderPredictions(part(this.root, 'predictions'), part(this.root, 'guess'), names, probabilities);
      } while (this.again);
    } catch (error) {
      part(this.root, 'guess').textContent = `No prediction: ${(error as Error).message}`;
    } finally {
      this.predicting = false;
    }
  }

  private addFromPad(): void {
    if (!this.input) { this.say('add-error', 'The pad is empty: draw a symbol first.'); return; }
    const target = chosenTarget(this.root);
    addDrawing(this.set, target, this.input);
    this.say('add-error', null);
    this.pad.clear();
    this.changed();
    part(this.root, 'status').textContent = `Added to “${this.set.classes[target]!.name}”.`;
  }

  private resize(by: number): void {
    const n = this.set.classes.length;
    if (by > 0 && n < MAX_CLASSES) this.set.classes.push({ name: `symbol ${n + 1}`, drawings: [] });
    else if (by < 0 && n > MIN_CLASSES && this.set.classes[n - 1]!.drawings.length === 0) this.set.classes.pop();
    else {
      const last = this.set.classes[n - 1]!;
      this.say('add-error', by > 0 ? `At most ${MAX_CLASSES} symbols.` : n <= MIN_CLASSES ? `Keep at least ${MIN_CLASSES} symbols.` : `“${last.name}” still has drawings: delete them first, so none is lost by accident.`);
      return;
    }
    this.say('add-error', null);
    renderNames(this.root, this.set, (i, name) => { this.set.classes[i]!.name = name; this.changed(); });
    this.changed();
  }

  /** Saves, then redraws everything but the name fields (so a field being typed in keeps focus). */
  private changed(): void {
    const problem = save(localStorage, this.set);
    this.say('drawings-error', problem);
    this.render();
  }

  private render(): void {
    renderTargets(this.root, this.set);
    renderDrawings(this.root, this.set, (id) => this.delete(id));
  }

  /** Deletes a drawing and keeps keyboard focus in place: the next Delete button of that symbol, else its heading. */
  private delete(id: string): void {
    const item = this.root.querySelector(`[data-drawing="${id}"]`);
    const symbol = item?.closest('[data-class]')?.getAttribute('data-class') ?? '0';
    const position = item?.parentElement ? Array.from(item.parentElement.children).indexOf(item) : 0;
    deleteDrawing(this.set, id);
    this.changed();
    const box = this.root.querySelector<HTMLElement>(`[data-class="${symbol}"]`);
    const buttons = box?.querySelectorAll<HTMLButtonElement>('[data-drawing] button') ?? [];
    const heading = box?.querySelector<HTMLElement>('h5');
    heading?.setAttribute('tabindex', '-1');
    (buttons[Math.min(position, buttons.length - 1)] ?? heading)?.focus();
  }
}
