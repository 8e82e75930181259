import { describe, expect, it } from 'vitest';
import { boundingBox, centreOfMass, inkFromRgba, preprocessDrawing, type Ink } from './preprocess';

/** A blank canvas with filled rectangles of ink. */
function canvas(width: number, height: number, rects: [x: number, y: number, w: number, h: number][]): Ink {
  const data = new Float32Array(width * height);
  for (const [rx, ry, rw, rh] of rects) {
    for (let y = ry; y < ry + rh; y++) for (let x = rx; x < rx + rw; x++) data[y * width + x] = 1;
  }
  return { width, height, data };
}

describe('preprocessDrawing', () => {
  it('returns null for an empty drawing', () => {
    expect(preprocessDrawing(canvas(280, 280, []))).toBeNull();
  });

  it('rejects pixel data of the wrong length', () => {
    expect(() => preprocessDrawing({ width: 10, height: 10, data: new Float32Array(5) })).toThrow(/expected 100 pixels/);
  });

  it('moves an off-centre, lopsided digit so its centre of mass lands at ~(14, 14)', () => {
    // An "L" in the top-left corner: heavy vertical bar plus a short foot.
    const ink = canvas(280, 280, [[10, 10, 30, 150], [10, 130, 90, 30]]);
    const out = preprocessDrawing(ink)!;
    expect(out).toHaveLength(784);
    const com = centreOfMass(out, 28, 28)!;
    expect(Math.abs(com.x - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(com.y - 14)).toBeLessThanOrEqual(0.5);
  });

  it('scales the longer side to 20 pixels and keeps the aspect ratio', () => {
    // A 100 x 200 outline (1:2) drawn with a 14 px pen becomes about 10 x 20.
    const out = preprocessDrawing(canvas(280, 280, [[40, 40, 100, 14], [40, 226, 100, 14], [40, 40, 14, 200], [126, 40, 14, 200]]))!;
    const box = boundingBox({ width: 28, height: 28, data: out })!;
    expect(box.height).toBe(20);
    expect(Math.abs(box.width - 10)).toBeLessThanOrEqual(1);
  });

  it('produces 0-1 floats with the brightest pixel at 1', () => {
    const faint = canvas(100, 100, [[20, 20, 10, 60]]);
    for (let i = 0; i < faint.data.length; i++) (faint.data as Float32Array)[i]! *= 0.5;
    const out = preprocessDrawing(faint)!;
    expect(Math.max(...out)).toBeCloseTo(1, 5);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
  });

  it('scales a tiny drawing up without losing it', () => {
    const out = preprocessDrawing(canvas(280, 280, [[50, 50, 2, 4]]))!;
    const box = boundingBox({ width: 28, height: 28, data: out })!;
    expect(box.height).toBe(20);
    expect(box.width).toBe(10);
  });
});

describe('inkFromRgba', () => {
  it('reads ink from the alpha channel', () => {
    const rgba = new Uint8ClampedArray([0, 0, 0, 255, 255, 255, 255, 0]);
    expect(Array.from(inkFromRgba(rgba, 2, 1).data)).toEqual([1, 0]);
  });
});
