import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { kerasLayerLines, kerasListing } from './keras-code';
import { MODULE_AUGMENT, augment, augmentProblems } from './pipeline';
import { mulberry32 } from '~/lib/shuffle';
import { pixelsImage } from './test-images';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('the augmentation block', () => {
  const digit = () => tf.concat([pixelsImage(28, 28, [[10, 8], [11, 9], [12, 10], [13, 11], [14, 12], [14, 13]]), pixelsImage(28, 28, [[14, 6], [14, 7], [14, 8], [14, 9]])], 0);

  it('changes the images, reproducibly for a seed, differently for another seed', () => {
    const images = digit();
    const a = augment(images, { ...MODULE_AUGMENT, contrast: 0.2 }, mulberry32(1)).dataSync();
    const b = augment(images, { ...MODULE_AUGMENT, contrast: 0.2 }, mulberry32(1)).dataSync();
    const c = augment(images, { ...MODULE_AUGMENT, contrast: 0.2 }, mulberry32(2)).dataSync();
    const diff = (p: ArrayLike<number>, q: ArrayLike<number>) => Array.from(p).reduce((s, v, i) => s + Math.abs(v - q[i]!), 0);
    expect(diff(a, images.dataSync())).toBeGreaterThan(0.5);
    expect(diff(a, b)).toBe(0);
    expect(diff(a, c)).toBeGreaterThan(0.5);
  });

  it('is the identity with every factor at 0', () => {
    const images = digit();
    const none = { rotation: 0, translation: { height: 0, width: 0 }, zoom: { height: 0, width: null }, contrast: 0 };
    expect(Array.from(augment(images, none, Math.random).dataSync())).toEqual(Array.from(images.dataSync()));
    expect(kerasLayerLines(none)).toEqual([]);
  });

  it('names the Keras layers that make it, with their arguments', () => {
    expect(kerasLayerLines({ ...MODULE_AUGMENT, contrast: 0.2 })).toEqual([
      'layers.RandomRotation(0.05)', 'layers.RandomTranslation(0.1, 0.1)', 'layers.RandomZoom(0.1)', 'layers.RandomContrast(0.2, value_range=(0, 1))',
    ]);
    expect(kerasListing({ ...MODULE_AUGMENT, zoom: { height: -0.2, width: 0.1 } })).toContain('        layers.RandomZoom(-0.2, 0.1),\n');
  });

  it('lists every factor Keras would refuse', () => {
    expect(augmentProblems(MODULE_AUGMENT)).toEqual([]);
    const bad = augmentProblems({ rotation: 2, translation: { height: 0, width: -1.5 }, zoom: { height: -1, width: null }, contrast: 1.2 });
    expect(bad.map(([field]) => field)).toEqual(['rotation', 'translation-width', 'zoom-height', 'contrast']);
  });
});
