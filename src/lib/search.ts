/**
 * Course search on top of Pagefind's JS API. The index and pagefind.js exist only after
 * `npm run build`, so the module is imported lazily from its URL on first use.
 * A page has two records (scripts/search/build-index.ts): its prose, and its code listings.
 * Hits are kept only when a highlighted word really matches the query (search-match.ts), a
 * page appears once with a prose excerpt, and every match can be shown ("Show more").
 */
import { hitMatches, pageUrl } from './search-match';

interface PagefindResultData { url: string; excerpt: string; content: string; locations: number[]; meta: { title?: string; kind?: string } }
interface Pagefind {
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}
/** One page found: where, its title and a prose excerpt (HTML with <mark>), or null when only its code matched. */
export interface SearchHit { url: string; title: string; excerpt: string | null }

const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Results shown at first and added by each "Show more". */
export const PAGE_SIZE = 8;

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

export function initSearch(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-search]');
  const input = root?.querySelector<HTMLInputElement>('input[type=search]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root?.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!root || !input || !status || !list || !more) return;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () => (pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let hits: SearchHit[] = [];

  const showMore = () => {
    const shown = list.children.length;
    list.append(...hits.slice(shown, shown + PAGE_SIZE).map((h) => resultItem(doc, h)));
    const left = hits.length - list.children.length;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(left, PAGE_SIZE)} more`;
  };
  const run = async (term: string) => {
    const ticket = ++latest;
    if (term.trim() === '') { hits = []; list.replaceChildren(); more.hidden = true; status.textContent = ''; return; }
    try {
      const found = await searchCourse(await load(), term);
      if (ticket !== latest) return; // a newer query is in flight
      hits = found;
      list.replaceChildren();
      showMore();
      status.textContent = hits.length === 0 ? `No results for “${term}”` : `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${term}”`;
    } catch {
      status.textContent = 'Search is unavailable (the index is built by npm run build).';
    }
  };

  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => void run(input.value), 200); });
  root.querySelector('form')?.addEventListener('submit', (e) => { e.preventDefault(); void run(input.value); });
  more.addEventListener('click', () => {
    const first = list.children.length;
    showMore();
    list.children[first]?.querySelector('a')?.focus(); // keyboard users continue where the new results start
  });
}

function resultItem(doc: Document, hit: SearchHit): HTMLLIElement {
  const li = doc.createElement('li');
  const a = doc.createElement('a');
  a.href = hit.url;
  a.textContent = hit.title;
  const p = doc.createElement('p');
  if (hit.excerpt === null) p.textContent = 'Found in this module’s code listings.';
  else p.innerHTML = hit.excerpt; // Pagefind escapes page text and adds only <mark> highlights
  li.append(a, p);
  return li;
}
