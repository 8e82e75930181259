/**
 * Keras 3's `factor` arguments for the augmentation layers, checked and turned into the
 * [lower, upper] range a random draw comes from. Each layer validates differently; the rules are
 * those of keras-team/keras (commit 3422977, v3.15):
 *  - RandomRotation / RandomContrast: BaseImagePreprocessingLayer._set_factor
 *    (keras/src/layers/preprocessing/image_preprocessing/base_image_preprocessing_layer.py):
 *    a single number f must lie in _FACTOR_BOUNDS and becomes [max(-|f|, bounds[0]), |f|].
 *    Rotation's bounds are (-1, 1); contrast's are (0, 1), so a single contrast factor gives [0, f].
 *  - RandomZoom (random_zoom.py _check_factor_range): -1 < f <= 1, range [-|f|, |f|].
 *  - RandomTranslation (random_translation.py _check_factor_range): -1 <= f <= 1, range [-|f|, |f|].
 */

/** Inclusive range a layer samples its parameter from (units depend on the layer). */
export interface FactorRange { lower: number; upper: number }

/** The Keras layers this island reproduces. */
export type LayerKind = 'rotation' | 'zoom' | 'translation' | 'contrast';

const RULES: Record<LayerKind, { min: number; max: number; minOpen: boolean; text: string }> = {
  rotation: { min: -1, max: 1, minOpen: false, text: 'between -1 and 1 (a fraction of a full turn)' },
  zoom: { min: -1, max: 1, minOpen: true, text: 'greater than -1 and at most 1' },
  translation: { min: -1, max: 1, minOpen: false, text: 'between -1 and 1 (a fraction of the image size)' },
  contrast: { min: 0, max: 1, minOpen: false, text: 'between 0 and 1' },
};

/** The problem with `value` as the factor of `kind`, in words, or null when Keras accepts it. */
export function factorProblem(kind: LayerKind, value: number): string | null {
  const rule = RULES[kind];
  if (!Number.isFinite(value)) return 'Enter a number.';
  const tooLow = rule.minOpen ? value <= rule.min : value < rule.min;
  return tooLow || value > rule.max ? `Keras accepts a factor ${rule.text}; got ${value}.` : null;
}

/** Keras's range for a single-number factor; throws with factorProblem's message on bad input. */
export function factorRange(kind: LayerKind, value: number): FactorRange {
  const problem = factorProblem(kind, value);
  if (problem) throw new RangeError(`${kind}: ${problem}`);
  const f = Math.abs(value);
  return { lower: Math.max(-f, RULES[kind].min), upper: f };
}

/** A uniform draw from [lower, upper) with the given source of uniform [0, 1) numbers. */
export function uniform(range: FactorRange, random: () => number): number {
  return range.lower + (range.upper - range.lower) * random();
}
