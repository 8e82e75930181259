/**
 * Browser (and Worker) loader for the MNIST shards: reads the manifest, streams each shard
 * with byte progress, decompresses it with DecompressionStream and keeps the decompressed shard
 * in the Cache API (hashed URLs never change, so a second visit downloads nothing). Decompressed,
 * because decompressing 11 MB of shards took 4-6 s of a warm Start on a busy 2-core machine and
 * reading the 55 MB back takes a fraction of that (issue 17: Start to first batch <= 5 s).
 */
import { IMAGE_SIZE } from './idx.ts';
import { MANIFEST_PATH, concatSplits, decodeShard, parseManifest, type Encoding, type ShardEntry, type Split } from './shards.ts';

/** Training images in the 'quick' preset (the first shards), and in all of MNIST's training set. */
export const QUICK_TRAIN_IMAGES = 12_000;
export const ALL_TRAIN_IMAGES = 60_000;

/** "full" = all 60,000 training images, "quick" = the first 12,000, a whole number = the first that many. */
export type DataPreset = 'quick' | 'full' | number;

/** How many training images a preset means; throws a readable error for a bad count. */
export function trainImages(preset: DataPreset): number {
  if (preset === 'full') return ALL_TRAIN_IMAGES;
  if (preset === 'quick') return QUICK_TRAIN_IMAGES;
  if (!Number.isInteger(preset) || preset < 1 || preset > ALL_TRAIN_IMAGES) throw new Error(`The number of training images must be a whole number 1-${ALL_TRAIN_IMAGES} (got ${preset}).`);
  return preset;
}
const CACHE_NAME = 'tfk-mnist-v2';
/** Earlier caches (v1 kept compressed shards), deleted once a newer one is in use. */
const OLD_CACHES = ['tfk-mnist-v1'];

/** Called as bytes arrive from the network, are decompressed, or are read from the cache. */
export type Progress = (phase: 'download' | 'decode' | 'cache', loadedBytes: number, totalBytes: number) => void;
/** The loaded splits (uint8 pixels, 784 per image), bytes downloaded (0 = all from the cache), the encoding used. */
export interface Mnist { train: Split; test: Split; downloadedBytes: number; fromCache: boolean; encoding: Encoding }

export function supportsBrotli(): boolean {
  try {
    new DecompressionStream('brotli' as CompressionFormat);
    return true;
  } catch {
    return false;
  }
}

function pick(entries: ShardEntry[], wanted: number): ShardEntry[] {
  const out: ShardEntry[] = [];
  let have = 0;
  for (const entry of entries) {
    if (have >= wanted) break;
    out.push(entry);
    have += entry.count;
  }
  return out;
}

async function readWithProgress(response: Response, onBytes: (n: number) => void): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    onBytes(value.byteLength);
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) { out.set(chunk, offset); offset += chunk.byteLength; }
  return out;
}

async function decompress(bytes: Uint8Array, encoding: Encoding): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream((encoding === 'br' ? 'brotli' : 'gzip') as CompressionFormat));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function openCache(): Promise<Cache | null> {
  try {
    return typeof caches === 'undefined' ? null : await caches.open(CACHE_NAME);
  } catch {
    return null; // e.g. opaque origins or storage disabled: just download
  }
}

/** The training images of `preset` and all 10,000 test images; `onProgress` reports bytes as they arrive. */
export async function loadMnist(preset: DataPreset, onProgress: Progress, base = ''): Promise<Mnist> {
  const wanted = trainImages(preset);
  const manifestResponse = await fetch(base + MANIFEST_PATH, { cache: 'no-cache' });
  if (!manifestResponse.ok) throw new Error(`Could not fetch the MNIST manifest (${manifestResponse.status}).`);
  const manifest = parseManifest(await manifestResponse.json());
  const encoding: Encoding = supportsBrotli() && manifest.train.every((e) => e.files.br) ? 'br' : 'gzip';
  const trainEntries = pick(manifest.train, wanted);
  const entries = [...trainEntries, ...manifest.test];
  const files = entries.map((e) => {
    const file = e.files[encoding] ?? e.files.gzip;
    if (!file) throw new Error(`The MNIST manifest has no ${encoding} file for a shard.`);
    return { url: base + file.url, bytes: file.bytes, encoding: e.files[encoding] ? encoding : 'gzip' as Encoding };
  });
  const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
  const cache = await openCache();
  let loaded = 0, downloaded = 0, decoded = 0;

  const splits = await Promise.all(files.map(async (file, i) => {
    const cached = await cache?.match(file.url);
    if (cached) {
      const split = decodeShard(new Uint8Array(await cached.arrayBuffer()), `cached shard ${i + 1}`);
      loaded += file.bytes; // progress counts the compressed size, as the total does
      onProgress('cache', loaded, totalBytes);
      return split;
    }
    const response = await fetch(file.url);
    if (!response.ok) throw new Error(`Downloading ${file.url} failed (${response.status}).`);
    const bytes = await readWithProgress(response, (n) => { loaded += n; downloaded += n; onProgress('download', loaded, totalBytes); });
    const shard = await decompress(bytes, file.encoding);
    const split = decodeShard(shard, `shard ${i + 1}`);
    await cache?.put(file.url, new Response(shard as BodyInit, { headers: { 'content-type': 'application/octet-stream' } })).catch(() => undefined);
    decoded += file.bytes;
    onProgress('decode', decoded, totalBytes);
    return split;
  }));
  void pruneCache(cache, new Set(files.map((f) => f.url)), manifest);
  if (cache) for (const old of OLD_CACHES) void caches.delete(old).catch(() => undefined);
  const train = firstImages(concatSplits(splits.slice(0, trainEntries.length)), wanted);
  const test = concatSplits(splits.slice(trainEntries.length));
  return { train, test, downloadedBytes: downloaded, fromCache: downloaded === 0, encoding };
}

/** The first `count` images of `split` (views, no copy); the whole split when it has no more. */
function firstImages(split: Split, count: number): Split {
  if (split.count <= count) return split;
  return { count, pixels: split.pixels.subarray(0, count * IMAGE_SIZE), labels: split.labels.subarray(0, count) };
}

/** Drops shards of older builds so the cache does not grow with every deploy. */
async function pruneCache(cache: Cache | null, keep: Set<string>, manifest: { train: ShardEntry[]; test: ShardEntry[] }): Promise<void> {
  if (!cache) return;
  const current = new Set([...manifest.train, ...manifest.test].flatMap((e) => Object.values(e.files).map((f) => f.url)));
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (!keep.has(request.url) && !current.has(path)) await cache.delete(request);
  }
}
