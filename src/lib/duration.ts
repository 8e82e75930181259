/**
 * Reading time of a module, computed from its MDX body instead of typed by hand.
 * Prose is read at ~200 words a minute; code is read (and usually typed or run)
 * far more slowly, so each code line counts as a fixed number of seconds.
 */
export const PROSE_WORDS_PER_MINUTE = 200;
export const SECONDS_PER_CODE_LINE = 5;

export interface ReadingLoad {
  proseWords: number;
  codeLines: number;
}

const FENCE_OPEN = /^\s*(`{3,}|~{3,})/;

/** Splits a body into prose word count and non-blank code lines (inside ``` or ~~~ fences). */
export function measureBody(body: string): ReadingLoad {
  const prose: string[] = [];
  let codeLines = 0;
  let fence: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    const marker = FENCE_OPEN.exec(line)?.[1];
    if (fence === null && marker) {
      fence = marker;
    } else if (fence !== null && marker?.startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') {
      fence = null;
    } else if (fence !== null) {
      if (line.trim() !== '') codeLines++;
    } else {
      prose.push(line);
    }
  }
  return { proseWords: countWords(prose.join('\n')), codeLines };
}

/** Words a reader reads: markup, tags, link targets and frontmatter-like noise removed. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '') // frontmatter, if a caller passes the whole file
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // MDX/HTML tags such as <Tip>
    .replace(/\]\([^)]*\)/g, ']') // keep link text, drop the URL
    .replace(/[#*_>`|[\]-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes, rounded up, at least 1. */
export function readingMinutes(body: string): number {
  const { proseWords, codeLines } = measureBody(body);
  const minutes = proseWords / PROSE_WORDS_PER_MINUTE + (codeLines * SECONDS_PER_CODE_LINE) / 60;
  return Math.max(1, Math.ceil(minutes));
}

export const formatMinutes = (minutes: number): string => `${minutes} min`;
