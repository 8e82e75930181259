/**
 * Course search on top of Pagefind's JS API. The index and pagefind.js exist only after
 * `npm run build`, so the module is imported lazily from its URL on first use.
 * A page has two records (scripts/search/build-index.ts): its prose, and its code listings.
 * Hits are kept only when a highlighted word really matches the query (search-match.ts), a
 * page appears once with a prose excerpt, and every match can be shown ("Show more").
 */
import type { Pagefind, SearchHit } from './search-hits';

const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Results shown at first and added by each "Show more". */
export const PAGE_SIZE = 8;

export function initSearch(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-search]');
  const input = root?.querySelector<HTMLInputElement>('input[type=search]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root?.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!root || !input || !status || !list || !more) return;

  // Pagefind and the matching code load together on first use: plain page views ship neither.
  let engine: Promise<[Pagefind, typeof import('./search-hits')]> | undefined;
  const load = () => (engine ??= Promise.all([import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>, import('./search-hits')]));
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
      const [pagefind, { searchCourse }] = await load();
      const found = await searchCourse(pagefind, term);
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
