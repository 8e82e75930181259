import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyAffine } from './affine';
import { rotate, rotationRow, sampleRotation } from './rotation';
import { brightPixels, pixelsImage } from './test-images';
import { sampleTranslation, translate } from './translation';
import { sampleZoom, zoom } from './zoom';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('RandomRotation', () => {
  it('turns +90 degrees counter-clockwise as displayed: the top moves to the left', () => {
    const image = pixelsImage(5, 5, [[2, 0], [2, 1]]); // a bar above the centre
    expect(brightPixels(rotate(image, [90]))).toEqual([[0, 2], [1, 2]]);
    expect(brightPixels(rotate(image, [-90]))).toEqual([[3, 2], [4, 2]]);
  });

  it('rotates about the centre of an even-sized image too (centre (w-1)/2)', () => {
    expect(rotationRow(180, 28, 28).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([-1, -0, 27, 0, -1, 27, 0, 0]);
  });

  it('draws angles from ±factor * 360 degrees', () => {
    let i = 0;
    const ends = [0, 0.999999];
    const angles = sampleRotation(0.05, 2, () => ends[i++]!);
    expect(angles[0]).toBeCloseTo(-18, 5);
    expect(angles[1]).toBeCloseTo(18, 3);
    expect(() => sampleRotation(1.5, 1, Math.random)).toThrow(/between -1 and 1/);
  });
});

describe('RandomZoom', () => {
  const square = pixelsImage(9, 9, [[3, 3], [4, 3], [5, 3], [3, 4], [4, 4], [5, 4], [3, 5], [4, 5], [5, 5]]);

  it('zooms in for a negative factor (z < 1): the digit grows', () => {
    expect(brightPixels(zoom(square, [{ x: 0.5, y: 0.5 }])).length).toBeGreaterThanOrEqual(25); // 3 x 3 grows to 5 x 5 above half brightness
  });

  it('zooms out for a positive factor (z > 1): the digit shrinks', () => {
    const out = brightPixels(zoom(square, [{ x: 2, y: 2 }]));
    expect(out).toContainEqual([4, 4]);
    expect(out.filter(([x, y]) => x >= 2 && x <= 6 && y >= 2 && y <= 6).length).toBeLessThan(9);
  });

  it('draws z in [1 - f, 1 + f] and reuses the height zoom when width_factor is None', () => {
    const zooms = sampleZoom(-0.2, null, 2, (() => { const v = [0, 0.999999]; let i = 0; return () => v[i++]!; })());
    expect(zooms[0]).toEqual({ x: 0.8, y: 0.8 });
    expect(zooms[1]!.x).toBeCloseTo(1.2, 5);
    expect(() => sampleZoom(-1, null, 1, Math.random)).toThrow(/greater than -1/);
  });
});

describe('RandomTranslation', () => {
  it('shifts by factor * size pixels: right and down for positive values', () => {
    const image = pixelsImage(10, 10, [[3, 4]]);
    const [shift] = sampleTranslation(0.1, 0.2, 10, 10, 1, () => 0.999999999);
    expect(shift!.dx).toBeCloseTo(2, 5);
    expect(shift!.dy).toBeCloseTo(1, 5);
    expect(brightPixels(translate(image, [{ dx: 2, dy: 1 }]))).toEqual([[5, 5]]);
    expect(brightPixels(translate(image, [{ dx: -3, dy: 0 }]))).toEqual([[0, 4]]);
  });
});

describe('applyAffine', () => {
  it('transforms every image of a batch, each with its own matrix', () => {
    const batch = tf.concat([pixelsImage(10, 10, [[3, 4]]), pixelsImage(10, 10, [[6, 6]])], 0);
    const out = applyAffine(batch, [[1, 0, -1, 0, 1, 0, 0, 0], [1, 0, 0, 0, 1, 2, 0, 0]]);
    expect(brightPixels(out, 0)).toEqual([[4, 4]]);
    expect(brightPixels(out, 1)).toEqual([[6, 4]]);
  });

  it('fills uncovered pixels by reflection, as Keras does by default', () => {
    const image = pixelsImage(1, 4, [[0, 0]]); // a b c d = 1 0 0 0
    const shifted = translate(image, [{ dx: 2, dy: 0 }]).dataSync();
    expect(Array.from(shifted)).toEqual([0, 1, 1, 0]); // (b a | a b): reflect about the edge
  });
});
