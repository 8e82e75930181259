/**
 * Module 1's tensor playground, bench:islands entry (the IslandEntry shape of bench/islands/entry.ts):
 * the default broadcasting add ([2, 3] + [3]) on the first Run, which is when TensorFlow.js loads,
 * so the time is Start to first result; result = the result's shape and the backend it ran on.
 */
import { expect, type Locator } from '@playwright/test';

export default {
  name: 'tensors',
  title: 'Module 1: tensor playground, default add, first Run (loads TensorFlow.js)',
  path: '/modules/tensors/',
  root: '[data-tensor-playground]',
  async start(island: Locator): Promise<void> {
    await island.getByRole('button', { name: 'Run', exact: true }).click();
  },
  async result(island: Locator): Promise<Record<string, number | string>> {
    const values = island.locator('[data-part="values"]');
    await expect(values).toHaveAttribute('data-shape', /\d/, { timeout: 120_000 });
    const backend = await island.locator('[data-part="backend"]').getAttribute('data-backend');
    return { shape: (await values.getAttribute('data-shape')) ?? '?', backend: backend ?? '?' };
  },
  timeoutMs: 120_000,
};
