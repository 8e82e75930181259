import { describe, expect, it, vi } from 'vitest';
import { followTheme, onThemeChange, themeColour } from './colour';

/**
 * Just enough of a page for onThemeChange under Node: an <html> whose `data-theme` setter notifies
 * the MutationObservers watching that attribute, and a matchMedia whose query can flip.
 */
function fakePage() {
  const root = {} as Node;
  const observers = new Set<{ callback: MutationCallback; filter: string[] }>();
  class FakeObserver {
    private entry: { callback: MutationCallback; filter: string[] } | null = null;
    constructor(private readonly callback: MutationCallback) {}
    observe(target: Node, options?: MutationObserverInit) {
      expect(target).toBe(root);
      expect(options?.attributes).toBe(true);
      this.entry = { callback: this.callback, filter: options?.attributeFilter ?? [] };
      observers.add(this.entry);
    }
    disconnect() { if (this.entry) observers.delete(this.entry); }
  }
  const setAttribute = (name: string) => {
    for (const o of [...observers]) if (!o.filter.length || o.filter.includes(name)) o.callback([{ type: 'attributes', attributeName: name } as MutationRecord], o as unknown as MutationObserver);
  };
  const media = new EventTarget();
  const queries: string[] = [];
  const matchMedia = (query: string) => { queries.push(query); return media; };
  return {
    sources: { root, MutationObserver: FakeObserver, matchMedia },
    setTheme: () => setAttribute('data-theme'),
    setOther: (name: string) => setAttribute(name),
    flipScheme: () => media.dispatchEvent(new Event('change')),
    queries,
    observing: () => observers.size,
  };
}

describe('onThemeChange', () => {
  it('calls back when data-theme changes, and no longer after unsubscribing', () => {
    const page = fakePage();
    const callback = vi.fn();
    const unsubscribe = onThemeChange(callback, page.sources);
    expect(callback).not.toHaveBeenCalled();
    page.setTheme();
    expect(callback).toHaveBeenCalledTimes(1);
    page.setOther('data-js'); // another attribute is no theme change
    expect(callback).toHaveBeenCalledTimes(1);
    unsubscribe();
    expect(page.observing()).toBe(0);
    page.setTheme();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('calls back when prefers-color-scheme flips, and no longer after unsubscribing', () => {
    const page = fakePage();
    const callback = vi.fn();
    const unsubscribe = onThemeChange(callback, page.sources);
    expect(page.queries).toEqual(['(prefers-color-scheme: dark)']);
    page.flipScheme();
    expect(callback).toHaveBeenCalledTimes(1);
    unsubscribe();
    page.flipScheme();
    expect(callback).toHaveBeenCalledTimes(1);
  });
});

describe('themeColour', () => {
  it('resolves the colour each time it is called, not once', () => {
    let current = 'rgb(0, 0, 0)';
    const probe = { style: { color: '' }, remove: () => {} };
    vi.stubGlobal('document', { createElement: () => probe });
    vi.stubGlobal('getComputedStyle', () => ({ color: current }));
    try {
      const element = { appendChild: () => {} } as unknown as HTMLElement;
      const colour = themeColour(element, '--fg', '#222');
      expect(colour()).toBe('rgb(0, 0, 0)');
      current = 'rgb(255, 255, 255)';
      expect(colour()).toBe('rgb(255, 255, 255)');
      expect(probe.style.color).toBe('var(--fg, #222)');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('followTheme', () => {
  it('redraws the chart on a theme change until the chart is destroyed', () => {
    const page = fakePage();
    vi.stubGlobal('document', { documentElement: page.sources.root });
    vi.stubGlobal('MutationObserver', page.sources.MutationObserver);
    vi.stubGlobal('matchMedia', page.sources.matchMedia);
    try {
      const plugin = followTheme();
      const redraw = vi.fn();
      const chart = { redraw, legend: { show: false }, series: [], root: null } as never;
      const hook = (name: 'init' | 'destroy') => { const h = plugin.hooks[name]; (Array.isArray(h) ? h : [h]).forEach((f) => (f as unknown as (u: never) => void)(chart)); };
      hook('init');
      page.setTheme();
      expect(redraw).toHaveBeenCalledWith(false, true);
      page.flipScheme();
      expect(redraw).toHaveBeenCalledTimes(2);
      hook('destroy');
      page.setTheme();
      page.flipScheme();
      expect(redraw).toHaveBeenCalledTimes(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
