/**
 * Catalog search on top of Pagefind's JS API. The index and pagefind.js exist only
 * after `npm run build`, so the module is imported lazily from its URL on first use.
 */
interface PagefindResultData { url: string; excerpt: string; meta: { title?: string } }
interface Pagefind {
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
const MAX_RESULTS = 8;

export function initSearch(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-search]');
  const input = root?.querySelector<HTMLInputElement>('input[type=search]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
  if (!root || !input || !status || !list) return;
  root.hidden = false;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () => (pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const run = async (term: string) => {
    const ticket = ++latest;
    if (term.trim() === '') { list.replaceChildren(); status.textContent = ''; return; }
    try {
      const found = await (await load()).search(term);
      const data = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return; // a newer query is in flight
      list.replaceChildren(...data.map((d) => resultItem(doc, d)));
      const total = found?.results.length ?? 0;
      status.textContent = total === 0 ? `No results for “${term}”` : `${total} ${total === 1 ? 'result' : 'results'} for “${term}”`;
    } catch {
      status.textContent = 'Search is unavailable (the index is built by npm run build).';
    }
  };

  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => void run(input.value), 200); });
  root.querySelector('form')?.addEventListener('submit', (e) => { e.preventDefault(); void run(input.value); });
}

function resultItem(doc: Document, d: PagefindResultData): HTMLLIElement {
  const li = doc.createElement('li');
  const a = doc.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  const p = doc.createElement('p');
  p.innerHTML = d.excerpt; // Pagefind escapes page text and adds only <mark> highlights
  li.append(a, p);
  return li;
}
