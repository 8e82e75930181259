/**
 * Stroke width of a drawing and how to change it, so a digit drawn small (thick strokes
 * relative to its size) or large (thin ones) comes out of preprocessing with MNIST's stroke
 * width. Pure, no DOM: unit-tested in Node against the real MNIST images.
 */
import type { Ink } from './preprocess';

/** Ink above this (0-1) counts as stroke when measuring. */
const ON = 0.5;

/**
 * Mean stroke width in pixels: 2 x area / perimeter of the ink (a long stroke of width w and
 * length L has area wL and perimeter about 2L). The perimeter counts 4-neighbour pixel edges,
 * so diagonal strokes read a little thin; MNIST is measured the same way. NaN without ink.
 */
export function strokeWidth(ink: Ink): number {
  const { width, height, data } = ink;
  const on = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height && (data[y * width + x] ?? 0) > ON;
  let area = 0, perimeter = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!on(x, y)) continue;
      area++;
      perimeter += Number(!on(x - 1, y)) + Number(!on(x + 1, y)) + Number(!on(x, y - 1)) + Number(!on(x, y + 1));
    }
  }
  return perimeter === 0 ? NaN : (2 * area) / perimeter;
}

/**
 * Distance (pixels, chamfer 1/1.4 approximation of Euclidean) from every pixel to the nearest
 * pixel for which `inside` is false; 0 on those pixels. Two raster passes, O(pixels).
 */
function distanceTo(width: number, height: number, inside: (i: number) => boolean): Float32Array {
  const d = new Float32Array(width * height);
  const far = width + height;
  for (let i = 0; i < d.length; i++) d[i] = inside(i) ? far : 0;
  const relax = (i: number, x: number, y: number, dx: number, dy: number, cost: number) => {
    const nx = x + dx, ny = y + dy;
    if (nx < 0 || ny < 0 || nx >= width || ny >= height) return;
    const candidate = d[ny * width + nx]! + cost;
    if (candidate < d[i]!) d[i] = candidate;
  };
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
    const i = y * width + x;
    if (d[i] === 0) continue;
    relax(i, x, y, -1, 0, 1); relax(i, x, y, 0, -1, 1); relax(i, x, y, -1, -1, Math.SQRT2); relax(i, x, y, 1, -1, Math.SQRT2);
  }
  for (let y = height - 1; y >= 0; y--) for (let x = width - 1; x >= 0; x--) {
    const i = y * width + x;
    if (d[i] === 0) continue;
    relax(i, x, y, 1, 0, 1); relax(i, x, y, 0, 1, 1); relax(i, x, y, 1, 1, Math.SQRT2); relax(i, x, y, -1, 1, Math.SQRT2);
  }
  return d;
}

/**
 * Width of the pen that drew `ink`, in pixels: twice the median distance from the strokes'
 * centre lines (pixels no farther from the edge than their neighbours) to the edge. Unlike
 * strokeWidth() it is not fooled by stroke ends, so short strokes of a small digit measure
 * their real width. NaN without ink.
 */
export function penWidth(ink: Ink): number {
  const { width, height, data } = ink;
  const inside = distanceTo(width, height, (i) => (data[i] ?? 0) > ON);
  const ridge: number[] = [];
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
    const d = inside[y * width + x]!;
    if (d === 0) continue;
    let top = true;
    for (let dy = -1; dy <= 1 && top; dy++) for (let dx = -1; dx <= 1; dx++) {
      const nx = x + dx, ny = y + dy;
      if (nx >= 0 && ny >= 0 && nx < width && ny < height && inside[ny * width + nx]! > d) { top = false; break; }
    }
    if (top) ridge.push(d);
  }
  if (ridge.length === 0) return NaN;
  ridge.sort((a, b) => a - b);
  // The centre pixel of an n-pixel-wide stroke is (n + 1) / 2 from the nearest paper pixel.
  return Math.max(1, 2 * ridge[Math.floor(ridge.length / 2)]! - 1);
}

/**
 * The same drawing with strokes `delta` pixels wider (positive) or narrower (negative): the
 * outline moves by delta / 2 on each side, with a one-pixel soft edge like a drawn line.
 */
export function reshapeStrokes(ink: Ink, delta: number): Ink {
  const { width, height, data } = ink;
  const r = Math.abs(delta) / 2;
  const out = new Float32Array(width * height);
  if (delta < 0) {
    const inside = distanceTo(width, height, (i) => (data[i] ?? 0) > ON);
    for (let i = 0; i < out.length; i++) out[i] = Math.min(1, Math.max(0, inside[i]! - 0.5 - r));
  } else {
    const outside = distanceTo(width, height, (i) => (data[i] ?? 0) <= ON);
    for (let i = 0; i < out.length; i++) out[i] = Math.max(data[i] ?? 0, Math.min(1, Math.max(0, r + 0.5 - outside[i]! + 0.5)));
  }
  return { width, height, data: out };
}
