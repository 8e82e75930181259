/**
 * The lab's settings form in the page: read and validate it (lab/controls.ts), put each message
 * next to its field (aria-invalid + aria-describedby), and fill it from a preset.
 */
import { readForm } from '../../runtime/ui/form';
import { validateLab, type LabValidation } from '../lab/controls';
import type { LabPreset } from '../lab/presets';

/** Reads `form`, marks its bad fields and returns the validation; focuses the first bad field. */
export const readLabForm = (form: HTMLFormElement): LabValidation => readForm(form, validateLab);

/** Puts `preset`'s recipe into the form's fields, so the learner sees (and can change) what runs. */
export function fillPreset(form: HTMLFormElement, preset: LabPreset): void {
  const r = preset.recipe;
  const values: Record<string, number | string> = {
    trainImages: r.trainImages === Infinity ? 48_000 : r.trainImages,
    width: r.width, depth: r.depth, optimizer: r.optimizer, learningRate: r.learningRate, epochs: r.epochs, batchSize: r.batchSize,
  };
  for (const [name, value] of Object.entries(values)) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = String(value);
  }
}
