/**
 * The test images a verification re-runs: drawn by the server for each submission with
 * crypto.getRandomValues, so a client cannot know in advance which predictions will be checked.
 */

/** `size` distinct indices in [0, population), uniformly (rejection sampling, no modulo bias), ascending. */
export function drawSample(size: number, population: number, random: (into: Uint32Array<ArrayBuffer>) => Uint32Array = (into) => crypto.getRandomValues(into)): number[] {
  if (!Number.isInteger(size) || size < 0 || size > population) throw new Error(`Cannot draw ${size} of ${population} images.`);
  const limit = Math.floor(0x1_0000_0000 / population) * population;
  const picked = new Set<number>();
  const buffer = new Uint32Array(Math.max(16, size));
  while (picked.size < size) {
    for (const r of random(buffer)) {
      if (r >= limit) continue;
      picked.add(r % population);
      if (picked.size === size) break;
    }
  }
  return [...picked].sort((x, y) => x - y);
}
