/** Theme colours for canvas drawing (uPlot cannot read CSS variables itself). */

/** Resolves the CSS variable `name` (var() chains, light-dark()) under `element` to an rgb() string. */
export function cssColour(element: HTMLElement, name: string, fallback: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name}, ${fallback})`;
  element.appendChild(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour || fallback;
}
