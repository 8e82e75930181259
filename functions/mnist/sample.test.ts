import { describe, expect, it } from 'vitest';
import { drawSample } from './sample';

describe('drawSample', () => {
  it('draws distinct, ascending indices inside the population', () => {
    const s = drawSample(128, 10_000);
    expect(s).toHaveLength(128);
    expect(new Set(s).size).toBe(128);
    expect(s).toEqual([...s].sort((a, b) => a - b));
    expect(s.every((i) => Number.isInteger(i) && i >= 0 && i < 10_000)).toBe(true);
  });

  it('differs between draws (crypto.getRandomValues)', () => {
    expect(drawSample(128, 10_000)).not.toEqual(drawSample(128, 10_000));
  });

  it('drops the values above the last whole multiple of the population (no modulo bias)', () => {
    // 2^32 - 1 lies in the incomplete last block for 10,000; 10,001 maps to 1.
    const values = [0xffff_ffff, 10_001, 0xffff_fff0, 7];
    const random = (into: Uint32Array<ArrayBuffer>) => { into.fill(0); values.splice(0).forEach((v, i) => { into[i] = v; }); return into; };
    expect(drawSample(2, 10_000, random)).toEqual([1, 7]);
  });

  it('covers every index about equally often', () => {
    const hits = new Array<number>(10).fill(0);
    for (let i = 0; i < 2000; i++) for (const j of drawSample(3, 10)) hits[j]!++;
    for (const h of hits) expect(h).toBeGreaterThan(500); // expected 600 each
    expect(() => drawSample(11, 10)).toThrow(/Cannot draw 11 of 10/);
  });
});
