/**
 * The quantization table on a CNN trained with module 4's seed recipe (issue 16's closing note):
 * module 4's trainer with its default settings (Full: 60,000 images, 5 epochs, batch 64, Adam
 * 0.001) trained and saved in this browser, then module 23's lab on it. Long (tens of minutes on
 * a 2-core CPU), so it runs only on request: `BENCH_ISLANDS=quantize-seed npm run bench:islands`.
 * The run's seconds include the training; `labSeconds` is the lab alone. The table also goes to
 * reports/quantize-seed.json. Do not rebuild dist/ while it runs: module 4's page imports chunks
 * lazily, and a first attempt (on a loaded machine) stalled after a rebuild mid-training.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Locator } from '@playwright/test';
import type { IslandEntry } from '../entry.ts';
import { quantizeStart, quantizeTable } from '../quantize-lab.ts';

const TRAINING_MS = 3 * 60 * 60 * 1000;
/** Module 4's own test accuracy for the model it saved (read before leaving its page). */
let module4TestAccuracy = NaN;

export default {
  name: 'quantize-seed',
  title: "Module 23: quantization lab on module 4's CNN trained with the seed recipe (Full, 5 epochs)",
  path: '/modules/optimization/',
  root: '[data-quantize-lab]',
  onRequestOnly: true,
  async start(island: Locator): Promise<void> {
    const page = island.page();
    const lab = page.url();
    await page.goto(new URL('/modules/cnn/', lab).href, { waitUntil: 'networkidle' });
    const trainer = page.locator('[data-cnn-trainer]');
    await trainer.getByLabel('Full', { exact: false }).check();
    await trainer.getByRole('button', { name: 'Start training' }).click();
    await expect(trainer.locator('[data-part="test-accuracy"]')).toHaveAttribute('data-accuracy', /\d/, { timeout: TRAINING_MS });
    await trainer.getByRole('button', { name: 'Save in this browser' }).click();
    await expect(trainer.locator('[data-part="save-status"]')).toContainText('Saved in this browser', { timeout: 60_000 });
    module4TestAccuracy = Number(await trainer.locator('[data-part="test-accuracy"]').getAttribute('data-accuracy'));
    await page.goto(lab, { waitUntil: 'networkidle' });
    await island.scrollIntoViewIfNeeded();
    await quantizeStart(island);
  },
  async result(island: Locator) {
    const table = { module4TestAccuracy, ...(await quantizeTable(island, 600_000)) };
    const out = resolve(import.meta.dirname, '../../../reports/quantize-seed.json');
    mkdirSync(resolve(out, '..'), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ generatedAt: new Date().toISOString(), recipe: 'module 4 seed recipe: Full (60,000 images), 5 epochs, batch 64, Adam 0.001, 20% validation', table }, null, 2)}\n`);
    return table;
  },
  timeoutMs: TRAINING_MS,
} satisfies IslandEntry;
