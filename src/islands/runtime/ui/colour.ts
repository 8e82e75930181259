/**
 * Theme colours for canvas drawing (uPlot cannot read CSS variables itself). A canvas keeps the
 * colours it was drawn in, so charts resolve them at draw time (`themeColour`) and redraw when the
 * theme switches (`onThemeChange`, or the uPlot plugin `followTheme`).
 */
import type uPlot from 'uplot';

/** Resolves the CSS variable `name` (var() chains, light-dark()) under `element` to an rgb() string. */
export function cssColour(element: HTMLElement, name: string, fallback: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name}, ${fallback})`;
  element.appendChild(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour || fallback;
}

/** Where theme changes come from; the defaults are the page's. Tests pass fakes. */
export interface ThemeSources {
  /** The element whose `data-theme` attribute picks the theme (default: <html>). */
  root?: Node;
  /** `window.matchMedia`, for `(prefers-color-scheme: dark)` (followed while no data-theme is set). */
  matchMedia?: (query: string) => Pick<MediaQueryList, 'addEventListener' | 'removeEventListener'>;
  /** The MutationObserver constructor. */
  MutationObserver?: new (callback: MutationCallback) => Pick<MutationObserver, 'observe' | 'disconnect'>;
}

/**
 * Calls `callback` whenever the theme may have changed: the root's `data-theme` attribute changes
 * (the toggle in src/scripts/theme.js) or the `(prefers-color-scheme: dark)` media query flips.
 * Returns the unsubscribe function.
 */
export function onThemeChange(callback: () => void, sources: ThemeSources = {}): () => void {
  const root = sources.root ?? globalThis.document?.documentElement;
  const Observer = sources.MutationObserver ?? globalThis.MutationObserver;
  const matchMedia = sources.matchMedia ?? globalThis.matchMedia?.bind(globalThis);
  const notify = () => callback();
  const observer = root && Observer ? new Observer(notify) : null;
  observer?.observe(root!, { attributes: true, attributeFilter: ['data-theme'] });
  const media = matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener('change', notify);
  return () => {
    observer?.disconnect();
    media?.removeEventListener('change', notify);
  };
}

/**
 * The CSS variable `name` under `element` as a function that resolves it when called, so a chart
 * drawn after a theme switch gets the new colour. Fits uPlot's function form of `stroke`/`fill`
 * (which passes `(self, idx)`, ignored here) and can be called directly where a string is needed.
 */
export function themeColour(element: HTMLElement, name: string, fallback: string): () => string {
  return () => cssColour(element, name, fallback);
}

/**
 * A uPlot plugin that redraws the chart when the theme changes, so colours given by `themeColour`
 * are resolved again (axes and grid included), and refreshes the legend's markers, which uPlot
 * paints only once. Unsubscribes when the chart is destroyed.
 */
export function followTheme(): uPlot.Plugin {
  let unsubscribe: (() => void) | null = null;
  return {
    hooks: {
      init: (u) => {
        unsubscribe?.();
        unsubscribe = onThemeChange(() => {
          u.redraw(false, true);
          refreshLegendMarkers(u);
        });
      },
      destroy: () => {
        unsubscribe?.();
        unsubscribe = null;
      },
    },
  };
}

/** Repaints the legend's colour markers as uPlot does when it builds them (it never updates them). */
function refreshLegendMarkers(u: uPlot): void {
  const markers = u.legend.markers as { show?: boolean; width: (u: uPlot, i: number) => number; dash: (u: uPlot, i: number) => string; stroke: (u: uPlot, i: number) => string; fill: (u: uPlot, i: number) => string } | undefined;
  if (!u.legend.show || !markers || markers.show === false || typeof markers.stroke !== 'function') return;
  const rows = [...u.root.querySelectorAll<HTMLElement>('.u-legend .u-series')];
  // Without a live legend uPlot makes no row for the x series.
  const offset = rows.length === u.series.length ? 0 : 1;
  rows.forEach((row, r) => {
    const i = r + offset;
    const indicator = row.querySelector<HTMLElement>('.u-marker');
    if (i === 0 || !indicator || !u.series[i]) return;
    const width = markers.width(u, i);
    if (width) indicator.style.border = `${width}px ${markers.dash(u, i)} ${markers.stroke(u, i)}`;
    indicator.style.background = markers.fill(u, i);
  });
}
