/**
 * Client-side catalog filter (progressive enhancement): shows cards whose level and tags
 * match the chosen filters, hides level sections left empty and announces the count.
 * Cards carry data-level and space-separated data-tags; see ModuleCard.astro.
 */
export interface FilterState { level: string; tag: string }

export function matches(card: { level: string; tags: string[] }, state: FilterState): boolean {
  return (state.level === '' || card.level === state.level) && (state.tag === '' || card.tags.includes(state.tag));
}

export function initCatalogFilter(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-catalog-filters]');
  if (!form) return;
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const apply = () => {
    const data = new FormData(form);
    const state = { level: String(data.get('level') ?? ''), tag: String(data.get('tag') ?? '') };
    let shown = 0;
    doc.querySelectorAll<HTMLElement>('[data-module-card]').forEach((card) => {
      const visible = matches({ level: card.dataset.level ?? '', tags: (card.dataset.tags ?? '').split(' ').filter(Boolean) }, state);
      card.hidden = !visible;
      if (visible) shown++;
    });
    doc.querySelectorAll<HTMLElement>('[data-level-group]').forEach((group) => {
      group.hidden = group.querySelector('[data-module-card]:not([hidden])') === null;
    });
    if (status) status.textContent = `Showing ${shown} ${shown === 1 ? 'module' : 'modules'}`;
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  apply();
}
