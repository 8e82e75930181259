/**
 * Client-side catalog filter (progressive enhancement): shows cards whose level and tags
 * match the chosen filters, hides level sections left empty and announces the count.
 * The filters live in the URL (`?level=Advanced&tag=cnn`), so a filtered catalog can be shared
 * and Back from a module restores it even when the page is reloaded rather than restored from
 * the back/forward cache. Cards carry data-level and space-separated data-tags (ModuleCard.astro).
 */
export interface FilterState { level: string; tag: string }

export function matches(card: { level: string; tags: string[] }, state: FilterState): boolean {
  return (state.level === '' || card.level === state.level) && (state.tag === '' || card.tags.includes(state.tag));
}

/** Filters from a query string; values the catalog does not offer count as "any". */
export function stateFromSearch(search: string, offered: { levels: readonly string[]; tags: readonly string[] }): FilterState {
  const params = new URLSearchParams(search);
  const level = params.get('level') ?? '';
  const tag = params.get('tag') ?? '';
  return { level: offered.levels.includes(level) ? level : '', tag: offered.tags.includes(tag) ? tag : '' };
}

/** The query string for a filter state ('' when nothing is filtered), keeping unrelated params. */
export function searchFromState(state: FilterState, current = ''): string {
  const params = new URLSearchParams(current);
  for (const key of ['level', 'tag'] as const) {
    if (state[key]) params.set(key, state[key]);
    else params.delete(key);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The one status line: silent when nothing is filtered (the intro already gives the count). */
export function statusText(shown: number, total: number, state: FilterState): string {
  if (state.level === '' && state.tag === '') return '';
  if (shown === 0) return 'No modules match these filters.';
  return `Showing ${shown} of ${total} modules`;
}
