/**
 * Fenced code blocks of an MDX module body. One parser serves the notebook builder,
 * the duration estimate and the content checks, so they always agree on what a
 * "listing" is: a ```python fence is code to run, a ```text fence is printed output.
 */
export interface Listing {
  /** Language after the opening fence, e.g. "python" or "text" ("" when absent). */
  lang: string;
  /** Anything after the language on the opening fence line (e.g. title="..."). */
  meta: string;
  /** The code, without the fences. */
  code: string;
  /** 1-based line of the opening fence in the body. */
  line: number;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w.+-]*)\s*(.*)$/;

export function extractListings(body: string): Listing[] {
  const lines = body.split(/\r?\n/);
  const listings: Listing[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', lang = '', meta = ''] = open;
    const start = i;
    const code: string[] = [];
    for (i++; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') break;
      code.push(line.startsWith(indent) ? line.slice(indent.length) : line);
    }
    listings.push({ lang: lang.toLowerCase(), meta: meta.trim(), code: code.join('\n'), line: start + 1 });
  }
  return listings;
}

/** The listings a learner runs (and the notebook contains). */
export const pythonListings = (body: string): Listing[] => extractListings(body).filter((l) => l.lang === 'python' || l.lang === 'py');
