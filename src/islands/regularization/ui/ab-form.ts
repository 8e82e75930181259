/** Reads the A/B form: run B's ticked regularizers and the run's size, with per-field problems. */
import type { AugmentSettings } from '../augment/pipeline.ts';
import { abProblems, DEFAULT_AB, type AbConfig } from '../training/config.ts';
import { numberField } from './dom.ts';

const ticked = (form: HTMLFormElement, name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.checked === true;

/**
 * The config the form describes, and its problems as [field, message]. `augment` is the
 * explorer's current (valid) settings or null when they are invalid or not loaded yet.
 */
export function readAbForm(form: HTMLFormElement, augment: AugmentSettings | null): { config: AbConfig; problems: [string, string][] } {
  const config: AbConfig = {
    ...DEFAULT_AB,
    trainImages: numberField(form, 'trainImages'),
    epochs: numberField(form, 'epochs'),
    dropout: ticked(form, 'use-dropout') ? numberField(form, 'dropout') : 0,
    l2: ticked(form, 'use-l2') ? numberField(form, 'l2') : 0,
    augment: ticked(form, 'use-augment') ? augment : null,
  };
  const problems = abProblems({ ...config, augment: null }).filter(([field]) => ['trainImages', 'epochs', 'dropout', 'l2'].includes(field));
  if (ticked(form, 'use-augment') && !augment) problems.push(['use-augment', 'Fix the augmentation factors above first.']);
  if (ticked(form, 'use-dropout') && config.dropout === 0) problems.push(['dropout', 'A dropout rate of 0 is no dropout: untick it or enter a rate above 0.']);
  if (ticked(form, 'use-l2') && config.l2 === 0) problems.push(['l2', 'An L2 factor of 0 adds no penalty: untick it or enter a factor above 0.']);
  return { config, problems };
}
