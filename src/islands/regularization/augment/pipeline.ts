/**
 * The augmentation block as one setting object, applied in the module's order
 * (RandomRotation, RandomTranslation, RandomZoom, then RandomContrast), each layer transforming
 * the previous layer's output as keras.Sequential does. A layer whose factors are all 0 is left out.
 * The random draws are made first (in that layer order) and returned, so the explorer can say
 * what each variant got.
 */
import * as tf from '@tensorflow/tfjs-core';
import { adjustContrast, sampleContrast } from './contrast.ts';
import { factorProblem, type LayerKind } from './factor.ts';
import { rotate, sampleRotation } from './rotation.ts';
import { sampleTranslation, translate, type Shift } from './translation.ts';
import { sampleZoom, zoom, type Zoom } from './zoom.ts';

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

/** What each image drew from each active layer (degrees, pixels, zoom, contrast multiplier). */
export interface Draws { rotation?: number[]; shift?: Shift[]; zoom?: Zoom[]; contrast?: number[] }

/** The module's block: RandomRotation(0.05), RandomTranslation(0.1, 0.1), RandomZoom(0.1); no contrast. */
export const MODULE_AUGMENT: AugmentSettings = { rotation: 0.05, translation: { height: 0.1, width: 0.1 }, zoom: { height: 0.1, width: null }, contrast: 0 };

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

/** The draws for `count` images of h x w, layer by layer; throws on a bad factor. */
export function sampleAugment(s: AugmentSettings, count: number, height: number, width: number, random: () => number): Draws {
  const draws: Draws = {};
  if (s.rotation !== 0) draws.rotation = sampleRotation(s.rotation, count, random);
  if (s.translation.height !== 0 || s.translation.width !== 0) draws.shift = sampleTranslation(s.translation.height, s.translation.width, height, width, count, random);
  if (s.zoom.height !== 0 || (s.zoom.width ?? 0) !== 0) draws.zoom = sampleZoom(s.zoom.height, s.zoom.width, count, random);
  if (s.contrast !== 0) draws.contrast = sampleContrast(s.contrast, count, random);
  return draws;
}

/** Applies the draws to `images` [n, h, w, 1] in [0, 1], in the block's layer order. */
export function applyDraws(images: tf.Tensor4D, d: Draws): tf.Tensor4D {
  return tf.tidy(() => {
    let x = images;
    if (d.rotation) x = rotate(x, d.rotation);
    if (d.shift) x = translate(x, d.shift);
    if (d.zoom) x = zoom(x, d.zoom);
    if (d.contrast) x = adjustContrast(x, d.contrast);
    return x === images ? tf.clone(images) : x;
  });
}

/** augment(images, training=True): new draws for every image. */
export function augment(images: tf.Tensor4D, s: AugmentSettings, random: () => number): tf.Tensor4D {
  const [n, height, width] = images.shape;
  return applyDraws(images, sampleAugment(s, n, height, width, random));
}
