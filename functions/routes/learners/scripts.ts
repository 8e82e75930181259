/**
 * One writing system per display name, after Unicode's "highly restrictive" profile (UTS #39):
 * "pаypal" with a Cyrillic "а" is refused, so a name cannot pass for another by swapping in
 * look-alike letters from a second script. Japanese, Chinese and Korean names may combine
 * Han with their own scripts and with Latin, as that profile allows. Combining marks are
 * allowed only where a writing system needs them.
 */

/** Scripts checked by name; a letter in none of them counts as "another script". */
const SCRIPTS = [
  'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana',
  'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada',
  'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar', 'Khmer', 'Ethiopic', 'Cherokee',
  'Mongolian', 'Han', 'Hiragana', 'Katakana', 'Bopomofo', 'Hangul',
] as const;
const patterns = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

/** Script combinations a single name may use besides one script alone. */
const ALLOWED_MIXES = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

/** The scripts of a name's letters and digits (digits 0-9, spaces and - _ . belong to none). */
export function scriptsOf(name: string): Set<string> {
  const found = new Set<string>();
  for (const char of name) {
    if (!/[\p{L}\p{N}]/u.test(char) || /\p{Script=Common}|\p{Script=Inherited}/u.test(char)) continue;
    found.add(patterns.find(([, pattern]) => pattern.test(char))?.[0] ?? `another script (${char})`);
  }
  return found;
}

/** Null when the name keeps to one script (or an allowed mix); otherwise the scripts it mixes. */
export function mixedScripts(name: string): string[] | null {
  const found = [...scriptsOf(name)];
  if (found.length <= 1 || ALLOWED_MIXES.some((mix) => found.every((s) => mix.includes(s)))) return null;
  return found;
}

/**
 * Combining marks (vowel signs, viramas, accents NFC could not fold into a letter) must follow a
 * letter, at most three in a row and none twice in a run: Hindi, Tamil or Thai names need them,
 * while stacks of one accent only make look-alikes.
 */
export function marksWellPlaced(name: string): boolean {
  let run: string[] = [];
  let afterLetter = false;
  for (const char of name) {
    if (!/\p{M}/u.test(char)) {
      run = [];
      afterLetter = /\p{L}/u.test(char);
      continue;
    }
    if (!afterLetter || run.length === 3 || run.includes(char)) return false;
    run.push(char);
  }
  return true;
}
