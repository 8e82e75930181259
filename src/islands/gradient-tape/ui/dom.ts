/**
 * Finding the lab's elements by `data-part` inside its root, and number formats.
 */

/** The element `[data-part="name"]` inside `root`; throws when the page shell lacks it. */
export function part<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string): T {
  const element = root.querySelector<T>(`[data-part="${name}"]`);
  if (!element) throw new Error(`Gradient-tape lab: missing element [data-part="${name}"] in the page shell`);
  return element;
}

/** A norm or loss for reading: 4 significant digits, exponent form for tiny values. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value !== 0 && Math.abs(value) < 1e-3 ? value.toExponential(2) : value.toPrecision(4);
}

/** A shape as Python prints it: (784, 32) or (10,). */
export const formatShape = (shape: number[]): string => `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
