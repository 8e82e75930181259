/**
 * Decides whether a Pagefind hit really matches what the learner typed. Pagefind 1.6 matches
 * loosely: "xyzzy" finds every page with the variable "x", "qqqq" every "q". Its typo tolerance
 * is worth keeping ("convolutoin" finds "convolutional"), so a hit counts when one of the words
 * it highlighted is close to each query term: same start (a stem or a prefix of at least 4
 * letters), or within a small edit distance (1 for 4-7 letters, 2 from 8).
 */

/** Path suffix of a page's code-listings record in the index (scripts/search/build-index.ts). */
export const CODE_RECORD_SUFFIX = 'listings/';

/** The page a record belongs to: a code record's URL minus its suffix. */
export function pageUrl(recordUrl: string): string {
  return recordUrl.endsWith(`/${CODE_RECORD_SUFFIX}`) ? recordUrl.slice(0, -CODE_RECORD_SUFFIX.length) : recordUrl;
}

/** Lower case letters and digits only: "(Conv2D)" -> "conv2d". */
export function normaliseWord(word: string): string {
  return word.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** True when `word` (as found on the page) is a plausible match for the query `term`. */
export function termMatches(term: string, word: string): boolean {
  const t = normaliseWord(term);
  const w = normaliseWord(word);
  if (t === '' || w === '') return false;
  if (commonPrefix(t, w) >= Math.min(t.length, 4)) return true;
  const allowed = t.length >= 8 ? 2 : t.length >= 4 ? 1 : 0;
  if (allowed === 0) return false;
  // Compare with the word cut to about the term's length, so a typo in a prefix still counts.
  for (let k = t.length - allowed; k <= t.length + allowed; k++) {
    if (k > 0 && k <= w.length && editDistance(t, w.slice(0, k)) <= allowed) return true;
  }
  return false;
}

/**
 * A highlighted "word" is text between spaces, so in code it can be "layers.Conv2D(32,"; Pagefind
 * indexed its parts too, so the whole and each part are candidates.
 */
function candidates(word: string): string[] {
  return [word, ...word.split(/[^\p{L}\p{N}]+/u).filter(Boolean)];
}

/** Every term of the query is close to at least one of the words the hit highlighted. */
export function hitMatches(query: string, highlighted: readonly string[]): boolean {
  const terms = query.split(/\s+/).map(normaliseWord).filter(Boolean);
  const words = highlighted.flatMap(candidates);
  return terms.length > 0 && terms.every((term) => words.some((word) => termMatches(term, word)));
}
