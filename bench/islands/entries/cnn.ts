/** Module 4's CNN trainer: Quick preset (12,000 images), 1 epoch, auto backend; result = test accuracy. */
import { expect } from '@playwright/test';
import type { IslandEntry } from '../entry.ts';

export default {
  name: 'cnn',
  title: 'Module 4: CNN trainer, Quick preset, 1 epoch',
  path: '/modules/cnn/',
  root: '[data-cnn-trainer]',
  async start(island) {
    await island.getByLabel('Quick', { exact: false }).check();
    await island.getByLabel('Epochs').fill('1');
    await island.getByRole('button', { name: 'Start training' }).click();
  },
  async result(island) {
    const accuracy = island.locator('[data-part="test-accuracy"]');
    await expect(accuracy).toHaveAttribute('data-accuracy', /\d/, { timeout: 300_000 });
    const backend = await island.locator('[data-backend]').getAttribute('data-backend');
    const workers = await island.locator('[data-backend]').getAttribute('data-workers');
    return { testAccuracy: Number(await accuracy.getAttribute('data-accuracy')), backend: backend ?? '?', workers: Number(workers) };
  },
} satisfies IslandEntry;
