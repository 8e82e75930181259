/**
 * Wires the catalog's filter form (CatalogFilters.astro) to the cards: reads the state from the
 * URL on load and on Back/Forward, writes it back with replaceState on every change (a filter
 * change is not a new page, so Back still leaves the catalog), and offers "Clear filters".
 */
import { matches, searchFromState, stateFromSearch, statusText, type FilterState } from './catalog-filter';

export function initCatalogFilter(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-catalog-filters]');
  if (!form) return;
  const win = doc.defaultView!;
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const clear = form.querySelector<HTMLButtonElement>('[data-filter-clear]');
  const levelInputs = [...form.querySelectorAll<HTMLInputElement>('input[name=level]')];
  const tagSelect = form.querySelector<HTMLSelectElement>('select[name=tag]');
  const offered = { levels: levelInputs.map((i) => i.value), tags: tagSelect ? [...tagSelect.options].map((o) => o.value) : [] };
  const cards = [...doc.querySelectorAll<HTMLElement>('[data-module-card]')];

  const show = (state: FilterState) => {
    let shown = 0;
    for (const card of cards) {
      const visible = matches({ level: card.dataset.level ?? '', tags: (card.dataset.tags ?? '').split(' ').filter(Boolean) }, state);
      card.hidden = !visible;
      if (visible) shown++;
    }
    doc.querySelectorAll<HTMLElement>('[data-level-group]').forEach((group) => {
      group.hidden = group.querySelector('[data-module-card]:not([hidden])') === null;
    });
    if (status) status.textContent = statusText(shown, cards.length, state);
    if (clear) clear.hidden = state.level === '' && state.tag === '';
  };
  const setForm = (state: FilterState) => {
    for (const input of levelInputs) input.checked = input.value === state.level;
    if (tagSelect) tagSelect.value = state.tag;
  };
  const fromForm = (): FilterState => {
    const data = new FormData(form);
    return { level: String(data.get('level') ?? ''), tag: String(data.get('tag') ?? '') };
  };
  const fromUrl = () => {
    const state = stateFromSearch(win.location.search, offered);
    setForm(state);
    show(state);
  };

  form.addEventListener('change', () => {
    const state = fromForm();
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${searchFromState(state, win.location.search)}${win.location.hash}`);
    show(state);
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  clear?.addEventListener('click', () => {
    setForm({ level: '', tag: '' });
    form.dispatchEvent(new Event('change'));
    levelInputs[0]?.focus();
  });
  // Tag chips are plain links to ?tag=…; here they filter in place (a new history entry, so
  // Back returns to the previous filters) and move focus to the filters that changed.
  doc.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-tag-link]') : null;
    if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    win.history.pushState(null, '', link.href);
    fromUrl();
    tagSelect?.focus();
  });
  win.addEventListener('popstate', fromUrl);
  win.addEventListener('pageshow', fromUrl);
  fromUrl();
}
