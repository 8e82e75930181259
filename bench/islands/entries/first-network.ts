/**
 * Module 2's MLP lab: the quick run (the module's recipe on 12,000 images, 2 epochs, auto
 * backend); result = test accuracy. An IslandEntry (bench/islands/entry.ts), typed inline until
 * that registry is on this branch.
 */
import { expect, type Locator } from '@playwright/test';

export default {
  name: 'first-network',
  title: 'Module 2: MLP, quick run (12,000 images, 2 epochs)',
  path: '/modules/first-network/',
  root: '[data-mlp-island="first-network"]',
  async start(island: Locator) {
    await island.getByLabel('Quick', { exact: false }).check();
    await island.getByRole('button', { name: 'Start training' }).click();
  },
  async result(island: Locator) {
    const accuracy = island.locator('[data-part="test-accuracy"]');
    await expect(accuracy).toHaveAttribute('data-accuracy', /\d/, { timeout: 300_000 });
    const backend = await island.locator('[data-backend]').getAttribute('data-backend');
    return { testAccuracy: Number(await accuracy.getAttribute('data-accuracy')), backend: backend ?? '?' };
  },
};
