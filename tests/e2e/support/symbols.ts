/**
 * Symbols drawn with real mouse strokes on module 8's pad (the e2e spec and bench:islands both
 * train on them): a ring, an X and a vertical bar, different enough for any CNN base.
 */
import { expect, type Locator } from '@playwright/test';

/** Strokes in pad fractions (0-1) for symbol 0 (ring), 1 (X) or 2 (bar); `k` varies size and place a little. */
export function strokes(symbol: number, k: number): [number, number][][] {
  const r = 0.28 + 0.03 * (k % 3), cx = 0.5 + 0.04 * ((k % 4) - 1.5), cy = 0.5 - 0.03 * ((k % 3) - 1);
  if (symbol === 0) return [Array.from({ length: 25 }, (_, i) => [cx + r * Math.cos((i / 24) * 2 * Math.PI), cy + r * Math.sin((i / 24) * 2 * Math.PI)])];
  if (symbol === 1) return [[[cx - r, cy - r], [cx + r, cy + r]], [[cx + r, cy - r], [cx - r, cy + r]]];
  return [[[cx, cy - r - 0.05], [cx, cy + r + 0.05]]];
}

/** Draws `lines` (pad fractions) on the lab's pad with the mouse, one stroke per line. */
export async function draw(lab: Locator, lines: [number, number][][]): Promise<void> {
  const page = lab.page();
  const pad = lab.locator('[data-part="pad"]');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  for (const line of lines) {
    await page.mouse.move(box.x + line[0]![0] * box.width, box.y + line[0]![1] * box.height);
    await page.mouse.down();
    for (const [x, y] of line.slice(1)) await page.mouse.move(box.x + x * box.width, box.y + y * box.height, { steps: 2 });
    await page.mouse.up();
  }
}

/** Draws the k-th drawing (0-based) of `symbol` and adds it to that symbol; waits until it is counted. */
export async function addDrawing(lab: Locator, symbol: number, k: number): Promise<void> {
  await draw(lab, strokes(symbol, k));
  await lab.locator(`[data-part="targets"] input[value="${symbol}"]`).check();
  await lab.getByRole('button', { name: 'Add drawing' }).click();
  await expect(lab.locator(`[data-class="${symbol}"]`)).toHaveAttribute('data-count', String(k + 1));
}

/** `perSymbol` drawings of each of the 3 symbols. */
export async function drawSymbols(lab: Locator, perSymbol: number): Promise<void> {
  for (const symbol of [0, 1, 2]) for (let k = 0; k < perSymbol; k++) await addDrawing(lab, symbol, k);
}
