/**
 * The shard format shared by the build script (writer) and the browser loader (reader).
 * A shard is one compressed file holding `count` images and their labels:
 *   "MNS1" | count (uint32 LE) | count*784 pixel bytes | count label bytes
 * Shards are small enough for Cloudflare's 25 MiB asset limit and split so the "quick"
 * preset downloads only the first training shard.
 */
import { IMAGE_SIZE } from './idx.ts';

export const SHARD_MAGIC = 'MNS1';
export const SHARD_HEADER_BYTES = 8;
export const MANIFEST_PATH = '/data/mnist/manifest.json';
export const MAX_ASSET_BYTES = 25 * 1024 * 1024;

export type Encoding = 'br' | 'gzip';
export interface ShardFile { url: string; bytes: number }
export interface ShardEntry { count: number; files: Partial<Record<Encoding, ShardFile>> }
export interface Manifest { version: 1; source: string; train: ShardEntry[]; test: ShardEntry[] }
export interface Split { count: number; pixels: Uint8Array; labels: Uint8Array }

export function encodeShard(pixels: Uint8Array, labels: Uint8Array): Uint8Array {
  const count = labels.length;
  if (pixels.length !== count * IMAGE_SIZE) throw new Error(`Shard has ${pixels.length} pixel bytes for ${count} labels; expected ${count * IMAGE_SIZE}.`);
  const out = new Uint8Array(SHARD_HEADER_BYTES + pixels.length + count);
  out.set(new TextEncoder().encode(SHARD_MAGIC), 0);
  new DataView(out.buffer).setUint32(4, count, true);
  out.set(pixels, SHARD_HEADER_BYTES);
  out.set(labels, SHARD_HEADER_BYTES + pixels.length);
  return out;
}

/** Views into `bytes` (no copy); throws if the payload is not a whole shard. */
export function decodeShard(bytes: Uint8Array, name = 'shard'): Split {
  if (bytes.length < SHARD_HEADER_BYTES || new TextDecoder().decode(bytes.subarray(0, 4)) !== SHARD_MAGIC) {
    throw new Error(`MNIST ${name} is not a shard (bad header).`);
  }
  const count = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  const expected = SHARD_HEADER_BYTES + count * (IMAGE_SIZE + 1);
  if (bytes.length !== expected) throw new Error(`MNIST ${name} has ${bytes.length} bytes, expected ${expected} for ${count} images.`);
  const pixelsEnd = SHARD_HEADER_BYTES + count * IMAGE_SIZE;
  return { count, pixels: bytes.subarray(SHARD_HEADER_BYTES, pixelsEnd), labels: bytes.subarray(pixelsEnd) };
}

/** Joins decoded shards into one split, copying once into exact-size arrays. */
export function concatSplits(parts: Split[]): Split {
  const count = parts.reduce((sum, part) => sum + part.count, 0);
  const pixels = new Uint8Array(count * IMAGE_SIZE);
  const labels = new Uint8Array(count);
  let offset = 0;
  for (const part of parts) {
    pixels.set(part.pixels, offset * IMAGE_SIZE);
    labels.set(part.labels, offset);
    offset += part.count;
  }
  return { count, pixels, labels };
}

/** Checks a fetched manifest's shape so a stale or broken file fails with a clear message. */
export function parseManifest(value: unknown): Manifest {
  const m = value as Partial<Manifest> | null;
  const okEntry = (e: ShardEntry) => Number.isInteger(e?.count) && e.count > 0 && !!(e.files?.gzip || e.files?.br);
  if (!m || m.version !== 1 || !Array.isArray(m.train) || !Array.isArray(m.test) || !m.train.every(okEntry) || !m.test.every(okEntry) || m.train.length === 0 || m.test.length === 0) {
    throw new Error('The MNIST manifest is missing or malformed; rebuild the site with `npm run data:mnist`.');
  }
  return m as Manifest;
}
