/**
 * Turns Pagefind's records into the pages the search box lists. A module has two records
 * (scripts/search/build-index.ts): its prose and its code listings; a page is listed once, with
 * a prose excerpt, and only when a highlighted word really matches the query (search-match.ts).
 */
import { hitMatches, pageUrl } from './search-match';

/** The part of Pagefind's result data the search box reads. */
export interface PagefindResultData { url: string; excerpt: string; content: string; locations: number[]; meta: { title?: string; kind?: string } }
/** The part of Pagefind's JS API the search box uses. */
export interface Pagefind {
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}
/** One page found: where, its title and a prose excerpt (HTML with <mark>), or null when only its code matched. */
export interface SearchHit { url: string; title: string; excerpt: string | null }

/** Merges records into pages (first-ranked first) and drops hits that do not match `term`. */
export function collectHits(term: string, records: readonly PagefindResultData[]): SearchHit[] {
  const pages = new Map<string, SearchHit>();
  for (const r of records) {
    const words = r.content.split(/\s+/);
    if (!hitMatches(term, r.locations.map((i) => words[i] ?? ''))) continue;
    const url = pageUrl(r.url);
    const hit = pages.get(url) ?? { url, title: r.meta.title ?? url, excerpt: null };
    if (r.meta.kind !== 'code' && hit.excerpt === null) hit.excerpt = r.excerpt;
    pages.set(url, hit);
  }
  return [...pages.values()];
}

export async function searchCourse(pagefind: Pagefind, term: string): Promise<SearchHit[]> {
  const found = await pagefind.search(term);
  // Every record is needed to merge and check them; the index holds two per module at most.
  return collectHits(term, await Promise.all((found?.results ?? []).map((r) => r.data())));
}
