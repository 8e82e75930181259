/**
 * Turns a drawing into an MNIST-like input, the way MNIST itself was made: crop to the ink's
 * bounding box, scale it to fit 20x20 keeping its aspect ratio (area-averaged, so thin strokes
 * become grey rather than vanish), then place it in a 28x28 frame so that its centre of mass
 * sits at the frame's centre (14, 14). The pad's pen has one width, so first the strokes are
 * made thinner or wider until, after that scaling, they are as wide as MNIST's (a small "1"
 * used to become a 7 px wide block). Pure: no DOM, so it is unit-tested in Node.
 */
import { penWidth, reshapeStrokes } from './stroke-width';

export const MNIST_SIZE = 28;
export const DIGIT_BOX = 20;
/**
 * MNIST's median stroke width in its 20x20 box, by strokeWidth(): 2.0 px on the 10,000 test
 * digits (5th-95th percentile 1.3-3.1 px; preprocess.test.ts measures it again from the data).
 */
export const MNIST_STROKE = 2;
/** Ink below this (0-1) counts as background when finding the bounding box. */
const INK_THRESHOLD = 0.05;

export interface Ink {
  width: number;
  height: number;
  /** Row-major ink intensity, 0 (paper) to 1 (full ink). */
  data: ArrayLike<number>;
}

interface Box { x: number; y: number; width: number; height: number }

export function boundingBox(ink: Ink): Box | null {
  let minX = Infinity, minY = Infinity, maxX = -1, maxY = -1;
  for (let y = 0; y < ink.height; y++) {
    for (let x = 0; x < ink.width; x++) {
      if ((ink.data[y * ink.width + x] ?? 0) > INK_THRESHOLD) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  return maxX < 0 ? null : { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
}

/** Area-averaging resample of a region of `ink` to width x height (exact coverage weights). */
function resample(ink: Ink, box: Box, width: number, height: number): Float32Array {
  const out = new Float32Array(width * height);
  const sx = box.width / width, sy = box.height / height;
  for (let ty = 0; ty < height; ty++) {
    const y0 = box.y + ty * sy, y1 = y0 + sy;
    for (let tx = 0; tx < width; tx++) {
      const x0 = box.x + tx * sx, x1 = x0 + sx;
      let sum = 0;
      for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
        const wy = Math.min(y + 1, y1) - Math.max(y, y0);
        for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
          const wx = Math.min(x + 1, x1) - Math.max(x, x0);
          sum += (ink.data[y * ink.width + x] ?? 0) * wx * wy;
        }
      }
      out[ty * width + tx] = sum / (sx * sy);
    }
  }
  return out;
}

/** Centre of mass with pixel centres at i + 0.5, so a 28-wide frame's centre is 14. */
export function centreOfMass(data: ArrayLike<number>, width: number, height: number): { x: number; y: number } | null {
  let total = 0, mx = 0, my = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x] ?? 0;
      total += v;
      mx += v * (x + 0.5);
      my += v * (y + 0.5);
    }
  }
  return total > 0 ? { x: mx / total, y: my / total } : null;
}

/**
 * 28x28 row-major floats in 0-1 (brightest pixel scaled to 1, as in MNIST), or null when the
 * drawing holds no ink: the caller should then show "draw a digit" instead of predicting.
 */
export function preprocessDrawing(ink: Ink): Float32Array | null {
  if (ink.data.length !== ink.width * ink.height) {
    throw new Error(`preprocessDrawing: expected ${ink.width * ink.height} pixels, got ${ink.data.length}`);
  }
  const found = boundingBox(ink);
  if (!found) return null;
  const { ink: source, box } = withMnistStrokes(ink, found);
  const scale = DIGIT_BOX / Math.max(box.width, box.height);
  const width = Math.max(1, Math.round(box.width * scale));
  const height = Math.max(1, Math.round(box.height * scale));
  const digit = resample(source, box, width, height);
  const peak = digit.reduce((max, v) => Math.max(max, v), 0);
  const com = centreOfMass(digit, width, height);
  if (!com || peak <= 0) return null;
  // Integer shift (as MNIST did), clamped so the whole digit stays inside the frame.
  const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);
  const dx = clamp(Math.round(MNIST_SIZE / 2 - com.x), MNIST_SIZE - width);
  const dy = clamp(Math.round(MNIST_SIZE / 2 - com.y), MNIST_SIZE - height);
  const out = new Float32Array(MNIST_SIZE * MNIST_SIZE);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      out[(y + dy) * MNIST_SIZE + x + dx] = Math.min(1, (digit[y * width + x] ?? 0) / peak);
    }
  }
  return out;
}

/**
 * Changes the stroke width w so that it is MNIST_STROKE after the box's longer side L is scaled
 * to DIGIT_BOX. Thinning by (w - w') also shrinks L by as much (round stroke ends), so the
 * width to aim for solves w' x DIGIT_BOX / (L - w + w') = MNIST_STROKE.
 */
function withMnistStrokes(ink: Ink, box: Box): { ink: Ink; box: Box } {
  const w = penWidth(ink);
  const longest = Math.max(box.width, box.height);
  if (!Number.isFinite(w) || longest <= w) return { ink, box }; // a dot: nothing to shape
  const target = Math.max(1, (MNIST_STROKE * (longest - w)) / (DIGIT_BOX - MNIST_STROKE));
  if (Math.abs(target - w) < 1) return { ink, box };
  const reshaped = reshapeStrokes(ink, target - w);
  const reshapedBox = boundingBox(reshaped);
  return reshapedBox ? { ink: reshaped, box: reshapedBox } : { ink, box };
}

/** Ink from canvas RGBA pixels: strokes are drawn opaque on a transparent canvas, so alpha is ink. */
export function inkFromRgba(rgba: Uint8ClampedArray, width: number, height: number): Ink {
  const data = new Float32Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = (rgba[i * 4 + 3] ?? 0) / 255;
  return { width, height, data };
}
