/**
 * Theme colours for canvas charts. (The runtime's charts have the same helper privately; it
 * belongs in runtime/ui, exported.)
 */

/** Resolves a theme variable (var() chains, light-dark()) to an rgb() string a canvas understands. */
export function cssColour(element: HTMLElement, name: string, fallback: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name}, ${fallback})`;
  element.appendChild(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour || fallback;
}
