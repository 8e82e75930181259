/**
 * How the lab writes its numbers: norms and losses, and shapes as Python prints them.
 */

/** A norm or loss for reading: 4 significant digits, exponent form for tiny values. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value !== 0 && Math.abs(value) < 1e-3 ? value.toExponential(2) : value.toPrecision(4);
}

/** A shape as Python prints it: (784, 32) or (10,). */
export const formatShape = (shape: number[]): string => `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
