/**
 * The augmentation block as one setting object, applied in the module's order
 * (RandomRotation, RandomTranslation, RandomZoom, then RandomContrast), each layer transforming
 * the previous layer's output as keras.Sequential does. A layer whose factors are all 0 is left out.
 */
import * as tf from '@tensorflow/tfjs-core';
import { randomContrast } from './contrast.ts';
import { factorProblem, type LayerKind } from './factor.ts';
import { randomRotation } from './rotation.ts';
import { randomTranslation } from './translation.ts';
import { randomZoom } from './zoom.ts';

/** Keras arguments of the four layers; see each layer's file for units and sign meaning. */
export interface AugmentSettings {
  /** RandomRotation factor: fraction of a full turn. */
  rotation: number;
  /** RandomTranslation(height_factor, width_factor): fractions of the image size. */
  translation: { height: number; width: number };
  /** RandomZoom(height_factor, width_factor); width null = same zoom as the height. */
  zoom: { height: number; width: number | null };
  /** RandomContrast factor (value_range=(0, 1)). */
  contrast: number;
}

/** The module's block (RandomRotation(0.05), RandomTranslation(0.1, 0.1), RandomZoom(0.1)) plus contrast 0.2. */
export const MODULE_AUGMENT: AugmentSettings = { rotation: 0.05, translation: { height: 0.1, width: 0.1 }, zoom: { height: 0.1, width: null }, contrast: 0.2 };

/** Every bad factor as [field name, message]; empty when Keras would accept all of them. */
export function augmentProblems(s: AugmentSettings): [string, string][] {
  const checks: [string, LayerKind, number | null][] = [
    ['rotation', 'rotation', s.rotation], ['translation-height', 'translation', s.translation.height],
    ['translation-width', 'translation', s.translation.width], ['zoom-height', 'zoom', s.zoom.height],
    ['zoom-width', 'zoom', s.zoom.width], ['contrast', 'contrast', s.contrast],
  ];
  return checks.flatMap(([field, kind, value]) => {
    const problem = value === null ? null : factorProblem(kind, value);
    return problem ? [[field, problem] as [string, string]] : [];
  });
}

/** augment(images, training=True) for `images` [n, h, w, 1] in [0, 1]; throws on a bad factor. */
export function augment(images: tf.Tensor4D, s: AugmentSettings, random: () => number): tf.Tensor4D {
  return tf.tidy(() => {
    let x = images;
    if (s.rotation !== 0) x = randomRotation(x, s.rotation, random);
    if (s.translation.height !== 0 || s.translation.width !== 0) x = randomTranslation(x, s.translation.height, s.translation.width, random);
    if (s.zoom.height !== 0 || (s.zoom.width ?? 0) !== 0) x = randomZoom(x, s.zoom.height, s.zoom.width, random);
    if (s.contrast !== 0) x = randomContrast(x, s.contrast, random);
    return x === images ? tf.clone(images) : x;
  });
}
