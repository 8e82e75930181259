/**
 * Module 5's lab, bench:islands entry (the IslandEntry shape of bench/islands/entry.ts): the default
 * A/B run (600 training images, 8 epochs, run B with dropout 0.3, L2 1e-4 and the module's
 * augmentation), auto backend; result = both runs' test accuracy and generalisation gap.
 */
import { expect, type Locator } from '@playwright/test';
import type { IslandEntry } from '../entry.ts';

const value = async (island: Locator, part: string) => Number(await island.locator(`[data-part="${part}"]`).getAttribute('data-value'));

export default {
  name: 'regularization',
  title: 'Module 5: fair A/B run, 600 images, 8 epochs, both runs',
  path: '/modules/regularization/',
  root: '[data-regularization-lab]',
  async start(island: Locator) {
    await island.getByRole('button', { name: 'Start A/B run' }).click();
  },
  async result(island: Locator) {
    await expect(island.locator('[data-part="ab-results"]')).toHaveAttribute('data-state', 'done', { timeout: 300_000 });
    return { testAccuracyA: await value(island, 'test-A'), testAccuracyB: await value(island, 'test-B'), gapA: await value(island, 'gap-A'), gapB: await value(island, 'gap-B') };
  },
} satisfies IslandEntry;
