/**
 * The accessible name of a prose table's scroll box: its caption, else its column headings,
 * read from the table's rendered HTML (ProseTable.astro). A named region is how a screen reader
 * announces the box that Tab reaches (axe: scrollable-region-focusable).
 */

const plain = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ').trim();

/** "Results (scrolls sideways on small screens)" or "Table of Format, Size (scrolls …)" for the rendered `<table>` body `html`. */
export function tableRegionName(html: string): string {
  const caption = /<caption[^>]*>([\s\S]*?)<\/caption>/i.exec(html)?.[1];
  const headings = [...html.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/gi)].map((m) => plain(m[1]!)).filter(Boolean);
  const what = caption ? plain(caption) : headings.length > 0 ? `Table of ${headings.join(', ')}` : 'Table';
  return `${what} (scrolls sideways on small screens)`;
}
