import { describe, expect, it } from 'vitest';
import { trainImages } from './loader';

describe('trainImages (how many training images a preset loads)', () => {
  it('knows the named presets and takes any whole count up to all of MNIST', () => {
    expect([trainImages('quick'), trainImages('full'), trainImages(300), trainImages(60_000)]).toEqual([12_000, 60_000, 300, 60_000]);
  });

  it('refuses counts that are not whole numbers 1-60,000, saying which', () => {
    for (const bad of [0, -5, 2.5, 60_001, Number.NaN]) expect(() => trainImages(bad)).toThrow(`The number of training images must be a whole number 1-60000 (got ${bad}).`);
  });
});
