import { pythonListings } from './listings';

/**
 * A module's downloadable notebook (nbformat 4.5): one markdown cell with the title,
 * summary and a link back to the page, then one code cell per ```python listing, in order.
 * Built from the same listing parser as the content checks, so the notebook runs exactly
 * the code the page shows.
 */
export interface NotebookSource {
  title: string;
  summary: string;
  /** Absolute URL of the module page, linked from the first cell. */
  pageUrl: string;
  /** The module's MDX body (frontmatter excluded). */
  body: string;
}

type Cell =
  | { cell_type: 'markdown'; id: string; metadata: Record<string, never>; source: string[] }
  | { cell_type: 'code'; id: string; metadata: Record<string, never>; source: string[]; execution_count: null; outputs: [] };

export interface Notebook {
  nbformat: 4;
  nbformat_minor: 5;
  metadata: {
    kernelspec: { name: 'python3'; display_name: 'Python 3'; language: 'python' };
    language_info: { name: 'python' };
  };
  cells: Cell[];
}

/** nbformat stores text as a list of lines, each but the last keeping its newline. */
export function toSourceLines(text: string): string[] {
  const lines = text.replace(/\s+$/, '').split('\n');
  return lines.map((line, i) => (i < lines.length - 1 ? `${line}\n` : line));
}

export function buildNotebook(src: NotebookSource): Notebook {
  const listings = pythonListings(src.body);
  if (listings.length === 0) throw new Error(`Notebook for "${src.title}": the module has no python listings`);
  const intro = `# ${src.title}\n\n${src.summary}\n\nThe code from the course page ${src.pageUrl}, one cell per listing. Run the cells in order.`;
  const cells: Cell[] = [{ cell_type: 'markdown', id: 'intro', metadata: {}, source: toSourceLines(intro) }];
  listings.forEach((listing, i) => {
    cells.push({ cell_type: 'code', id: `listing-${i + 1}`, metadata: {}, source: toSourceLines(listing.code), execution_count: null, outputs: [] });
  });
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
    },
    cells,
  };
}
