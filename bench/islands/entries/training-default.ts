/** Module 3's learning-curve lab: Start training with the form as it loads (5,000 images, 10 epochs); see ../training-lab.ts. */
import { expect, type Locator } from '@playwright/test';
import type { IslandEntry } from '../entry.ts';

export default {
  name: 'training-default',
  title: "Module 3: learning-curve lab, the form's default run",
  path: '/modules/training/',
  root: '[data-mlp-island="training"]',
  async start(island: Locator) {
    await island.getByRole('button', { name: 'Start training' }).click();
  },
  async result(island: Locator) {
    const test = island.locator('[data-part="test-result"]');
    await expect(test).toHaveAttribute('data-accuracy', /\d/, { timeout: 600_000 });
    return { testAccuracy: Number(await test.getAttribute('data-accuracy')), epochs: await island.locator('[data-part="epoch-rows"] tr').count() };
  },
  timeoutMs: 600_000,
} satisfies IslandEntry;
