/**
 * The 10,000 MNIST test images for verification, read from the site's own static shards
 * (public/data/mnist, built by scripts/mnist/build-shards.ts) through the assets binding,
 * not bundled into the Worker (7.8 MB). Decoded once per isolate and kept in memory.
 */
import type { Fetcher } from '@cloudflare/workers-types/index';
import { MANIFEST_PATH, decodeShard, parseManifest } from '../../src/islands/runtime/mnist/shards.ts';
import { TEST_SET_SIZE } from './accuracy';
import { TEST_LABELS } from './test-labels.generated';

// Any origin works: the assets binding serves by path.
const ORIGIN = 'https://assets.invalid';
let cached: Promise<Uint8Array> | null = null;

async function fetchBytes(assets: Fetcher, path: string): Promise<Response> {
  const res = await assets.fetch(`${ORIGIN}${path}`);
  if (!res.ok) throw new Error(`MNIST asset ${path} answered ${res.status}.`);
  return res as unknown as Response;
}

async function load(assets: Fetcher): Promise<Uint8Array> {
  const manifest = parseManifest(await (await fetchBytes(assets, MANIFEST_PATH)).json());
  const [entry, ...rest] = manifest.test;
  const file = entry?.files.gzip;
  if (!file || rest.length > 0 || entry.count !== TEST_SET_SIZE) throw new Error('The MNIST manifest must list the test split as one gzip shard of 10,000 images.');
  const gzipped = (await fetchBytes(assets, file.url)).body!.pipeThrough(new DecompressionStream('gzip'));
  const split = decodeShard(new Uint8Array(await new Response(gzipped).arrayBuffer()), 'test shard');
  // The images must belong to the labels the Worker scores against.
  for (let i = 0; i < TEST_SET_SIZE; i++) {
    if (split.labels[i] !== TEST_LABELS.charCodeAt(i) - 48) throw new Error(`The MNIST test shard disagrees with the bundled labels at image ${i}.`);
  }
  return split.pixels;
}

/** 10,000 x 784 uint8 pixels in test-set order; a failed load is retried on the next call. */
export function testImages(assets: Fetcher): Promise<Uint8Array> {
  cached ??= load(assets).catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}
