/**
 * Module 8's transfer lab, default run: on a saved module-4 CNN and 8 mouse-drawn drawings of each
 * of 3 symbols, 15 head epochs then 5 fine-tuning epochs. The bench's clock also covers the setup
 * (seeding the CNN, reload, Start, drawing); `trainSeconds` is the run itself, from Train to result.
 */
import { expect } from '@playwright/test';
import '../extensionless.ts';
import type { IslandEntry } from '../entry.ts';

export default {
  name: 'transfer',
  title: 'Module 8: transfer lab, default run (3 symbols x 8 drawings, 15 + 5 epochs)',
  path: '/modules/transfer-learning/',
  root: '[data-transfer-lab]',
  async start(island) {
    // The e2e suite's seeder and symbols (site code imported without extensions: see extensionless.ts).
    const { seedSavedCnn } = await import('../../../tests/e2e/support/saved-cnn.ts');
    const { drawSymbols } = await import('../../../tests/e2e/support/symbols.ts');
    await seedSavedCnn(island.page(), { trainingSeconds: 0, epochs: 0, backend: 'wasm' });
    await island.page().reload({ waitUntil: 'networkidle' });
    await island.getByRole('button', { name: 'Start: load my CNN and the drawing pad' }).click();
    await expect(island.locator('[data-part="base-status"]')).toContainText('Base: your module-4 CNN', { timeout: 120_000 });
    await drawSymbols(island, 8);
    await island.getByRole('button', { name: 'Train on my drawings' }).click();
  },
  async result(island) {
    const fine = island.locator('[data-part="accuracy-fine"]');
    await expect(fine).toHaveAttribute('data-accuracy', /\d/, { timeout: 300_000 });
    // The run's time and longest task are written ~100 ms after the accuracies (long tasks are reported late).
    await expect(island).toHaveAttribute('data-seconds', /\d/);
    const head = await island.locator('[data-part="accuracy-head"]').getAttribute('data-accuracy');
    return {
      heldOutAccuracyHead: Number(head), heldOutAccuracyFineTuned: Number(await fine.getAttribute('data-accuracy')),
      trainSeconds: Number(await island.getAttribute('data-seconds')), longestTaskMs: Number(await island.getAttribute('data-longest-task')),
      backend: (await island.getAttribute('data-backend')) ?? '?',
    };
  },
} satisfies IslandEntry;
