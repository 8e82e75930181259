/**
 * Splits plain text with `backtick` spans into text and code parts, for the build
 * (InlineCode.astro) and the browser (explanations after grading) alike. An unmatched
 * backtick stays literal instead of turning the rest into code. Parts are text, never HTML.
 */
export type InlinePart = { code: boolean; text: string };

export function inlineCodeParts(text: string): InlinePart[] {
  const split = text.split('`');
  const parts = split.length % 2 === 0 ? [...split.slice(0, -2), `${split.at(-2)}\`${split.at(-1)}`] : split;
  return parts.map((t, i) => ({ code: i % 2 === 1, text: t })).filter((p) => p.text !== '');
}
