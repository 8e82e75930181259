/**
 * A fixed pseudo-random order for a seed: the quiz page shows options in this order, so
 * the build (and a page without JavaScript) never shows the authored order, in which most
 * keys came first. FNV-1a hashes the seed into a mulberry32 generator for Fisher-Yates.
 */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32: a tiny generator with good spread for shuffling; uniform floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `items` in a random order (Math.random by default); never the given order when it has 2+ items. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  // The same order as before would defeat the purpose: rotate by one instead.
  return out.length > 1 && out.every((x, i) => x === items[i]) ? [...out.slice(1), out[0]!] : out;
}

/** The same order for the same seed on every build, e.g. `seededOrder(options, "cnn/pooling")`. */
export const seededOrder = <T>(items: readonly T[], seed: string): T[] => shuffled(items, mulberry32(fnv1a(seed)));
