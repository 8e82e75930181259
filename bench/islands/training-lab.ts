/**
 * Module 3's learning-curve lab, one bench entry per preset (underfit, good fit, overfit): each is a
 * default run that must end within a minute on an idle 2-core CPU. Result = the final test accuracy,
 * epochs run and, for the overfit preset, where EarlyStopping(patience=3) would have stopped.
 */
import { expect, type Locator } from '@playwright/test';
import type { PresetId } from '../../src/islands/mlp/lab/presets.ts';

/** The entry for preset `id` (its Run button starts it). */
export function presetEntry(id: PresetId, title: string) {
  return {
    name: `training-${id}`,
    title: `Module 3: learning-curve lab, ${title}`,
    path: '/modules/training/',
    root: '[data-mlp-island="training"]',
    async start(island: Locator) {
      await island.locator(`[data-action="preset-${id}"]`).click();
    },
    async result(island: Locator) {
      const test = island.locator('[data-part="test-result"]');
      await expect(test).toHaveAttribute('data-accuracy', /\d/, { timeout: 600_000 });
      const mark = island.locator('[data-part="early-stop"]');
      return {
        testAccuracy: Number(await test.getAttribute('data-accuracy')),
        epochs: await island.locator('[data-part="epoch-rows"] tr').count(),
        earlyStopEpoch: Number((await mark.getAttribute('data-stopped-epoch')) || 0),
      };
    },
    timeoutMs: 600_000,
  };
}
