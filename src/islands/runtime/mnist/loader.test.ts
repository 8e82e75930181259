import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMnist, trainImages } from './loader';
import { encodeShard, type Manifest } from './shards';

describe('trainImages (how many training images a preset loads)', () => {
  it('knows the named presets and takes any whole count up to all of MNIST', () => {
    expect([trainImages('quick'), trainImages('full'), trainImages(300), trainImages(60_000)]).toEqual([12_000, 60_000, 300, 60_000]);
  });

  it('refuses counts that are not whole numbers 1-60,000, saying which', () => {
    for (const bad of [0, -5, 2.5, 60_001, Number.NaN]) expect(() => trainImages(bad)).toThrow(`The number of training images must be a whole number 1-60000 (got ${bad}).`);
  });
});

/** A site with three training shards of 4 images (image i is filled with the value i) and one test shard. */
function fakeSite() {
  const files = new Map<string, Uint8Array>();
  const shard = (first: number, count: number, name: string) => {
    const pixels = new Uint8Array(count * 784).map((_, p) => first + Math.floor(p / 784));
    const bytes = gzipSync(encodeShard(pixels, Uint8Array.from({ length: count }, (_, i) => (first + i) % 10)));
    files.set(`/${name}`, bytes);
    return { count, files: { gzip: { url: `/${name}`, bytes: bytes.byteLength } } };
  };
  const manifest: Manifest = { version: 1, source: 'test', train: [shard(0, 4, 'a'), shard(4, 4, 'b'), shard(8, 4, 'c')], test: [shard(100, 2, 't')] };
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    if (url.endsWith('manifest.json')) return new Response(JSON.stringify(manifest));
    return new Response(files.get(url) as BodyInit);
  });
  return requested;
}

afterEach(() => { vi.unstubAllGlobals(); });

describe('loadMnist with a number of training images', () => {
  it('downloads only the shards it needs and keeps exactly the first N images', async () => {
    const requested = fakeSite();
    const mnist = await loadMnist(6, () => undefined);
    expect(requested.filter((u) => !u.endsWith('manifest.json'))).toEqual(['/a', '/b', '/t']);
    expect(mnist.train.count).toBe(6);
    expect(mnist.train.pixels.length).toBe(6 * 784);
    expect(Array.from(mnist.train.labels)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(mnist.train.pixels[5 * 784]).toBe(5);
    expect(mnist.test.count).toBe(2);
  });
});

/** The Cache API as the loader uses it (open, match, put, keys, delete), over Maps. */
function fakeCaches() {
  const stores = new Map<string, Map<string, Uint8Array>>();
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, Uint8Array>();
    stores.set(name, store);
    return {
      match: async (url: string) => (store.has(url) ? new Response(store.get(url) as BodyInit) : undefined),
      put: async (url: string, response: Response) => void store.set(url, new Uint8Array(await response.arrayBuffer())),
      keys: async () => [...store.keys()].map((url) => new Request(new URL(url, 'https://course.test'))),
      delete: async (request: Request) => store.delete(new URL(request.url).pathname),
    };
  };
  vi.stubGlobal('caches', { open, delete: async (name: string) => stores.delete(name) });
  return stores;
}

describe('loadMnist with the Cache API', () => {
  it('keeps shards decompressed, so a second load reads them back without downloading or decompressing', async () => {
    const requested = fakeSite();
    const stores = fakeCaches();
    stores.set('tfk-mnist-v1', new Map([['/old', new Uint8Array(3)]]));
    const first = await loadMnist('full', () => undefined);
    const kept = [...stores.values()].find((s) => s.has('/a'))!;
    expect(new TextDecoder().decode(kept.get('/a')!.subarray(0, 4))).toBe('MNS1'); // a shard, not gzip
    const downloads = requested.length;
    const phases = new Set<string>();
    const second = await loadMnist('full', (phase) => phases.add(phase));
    expect(requested.length - downloads).toBe(1); // the manifest only
    expect([...phases]).toEqual(['cache']);
    expect([second.fromCache, second.downloadedBytes, first.fromCache]).toEqual([true, 0, false]);
    expect(Array.from(second.train.labels)).toEqual(Array.from(first.train.labels));
    expect(second.train.pixels).toEqual(first.train.pixels);
    await new Promise((r) => setTimeout(r, 0));
    expect(stores.has('tfk-mnist-v1')).toBe(false); // the old cache of compressed shards is gone
  });
});
