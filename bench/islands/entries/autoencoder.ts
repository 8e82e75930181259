/**
 * Module 17's autoencoder lab, bench:islands entry: the default run (6,000 MNIST images, 2 epochs, batch 32,
 * training noise 0.4, the module's denoiser with half its filters, auto backend); result = the mean
 * reconstruction error of 1,000 test digits before and after training, and the 99th-percentile threshold.
 */
import { expect, type Locator } from '@playwright/test';
import type { IslandEntry } from '../entry.ts';

export default {
  name: 'autoencoder',
  title: 'Module 17: denoising autoencoder, 6,000 images, 2 epochs',
  path: '/modules/autoencoders/',
  root: '[data-autoencoder-lab]',
  async start(island: Locator) {
    await island.getByRole('button', { name: 'Start: train the autoencoder' }).click();
  },
  async result(island: Locator) {
    await expect(island).toHaveAttribute('data-state', 'done', { timeout: 300_000 });
    const summary = island.locator('[data-part="test-error"]');
    return {
      untrainedTestError: Number(await summary.getAttribute('data-before')),
      testError: Number(await summary.getAttribute('data-after')),
      threshold: Number(await island.locator('[data-part="threshold"]').getAttribute('data-value')),
      trainingSeconds: Number(await island.getAttribute('data-seconds')),
    };
  },
} satisfies IslandEntry;
