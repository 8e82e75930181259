import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { concatSplits, decodeShard, encodeShard, parseManifest } from './shards';

const pixelsFor = (count: number, seed: number) => Uint8Array.from({ length: count * 784 }, (_, i) => (i * seed) % 256);

describe('MNIST shards', () => {
  it('round-trips pixels and labels through encode, gzip and decode', () => {
    const pixels = pixelsFor(3, 7);
    const labels = Uint8Array.of(4, 2, 9);
    const decoded = decodeShard(new Uint8Array(gunzipSync(gzipSync(encodeShard(pixels, labels)))));
    expect(decoded.count).toBe(3);
    expect(decoded.pixels).toEqual(pixels);
    expect(decoded.labels).toEqual(labels);
  });

  it('joins shards in order', () => {
    const a = decodeShard(encodeShard(pixelsFor(2, 3), Uint8Array.of(1, 2)));
    const b = decodeShard(encodeShard(pixelsFor(1, 5), Uint8Array.of(3)));
    const all = concatSplits([a, b]);
    expect(all.count).toBe(3);
    expect(Array.from(all.labels)).toEqual([1, 2, 3]);
    expect(all.pixels.subarray(2 * 784)).toEqual(pixelsFor(1, 5));
  });

  it('rejects truncated or foreign payloads and bad manifests', () => {
    const shard = encodeShard(pixelsFor(2, 3), Uint8Array.of(1, 2));
    expect(() => decodeShard(shard.subarray(0, shard.length - 1))).toThrow(/expected 1578 for 2 images/);
    expect(() => decodeShard(new TextEncoder().encode('hello world'))).toThrow(/bad header/);
    expect(() => encodeShard(new Uint8Array(10), Uint8Array.of(1))).toThrow(/expected 784/);
    expect(() => parseManifest({ version: 1, train: [], test: [] })).toThrow(/malformed/);
    expect(parseManifest({ version: 1, source: 's', train: [{ count: 1, files: { gzip: { url: '/a', bytes: 1 } } }], test: [{ count: 1, files: { br: { url: '/b', bytes: 1 } } }] }).train).toHaveLength(1);
  });
});
