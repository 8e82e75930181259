/**
 * Module 15's forecasting lab, bench:islands entry: the default run (the module's 4,000-hour
 * series, 48-step windows, dense + Conv1D, 20 epochs each); result = each row's test MAE.
 */
import { expect, type Locator } from '@playwright/test';
import type { IslandEntry } from '../entry.ts';

export default {
  name: 'time-series',
  title: 'Module 15: forecasting lab, default run (dense + Conv1D, 20 epochs each)',
  path: '/modules/time-series/',
  root: '[data-time-series-lab]',
  async start(island: Locator): Promise<void> {
    await island.getByRole('button', { name: 'Start: train and compare' }).click();
  },
  async result(island: Locator): Promise<Record<string, number | string>> {
    const rows = island.locator('[data-part="results"] tr');
    await expect(rows).toHaveCount(4, { timeout: 300_000 });
    const maes = await rows.evaluateAll((trs) => trs.map((tr) => [`${(tr as HTMLElement).dataset.model}TestMae`, Number((tr as HTMLElement).dataset.testMae)]));
    return { ...Object.fromEntries(maes), labSeconds: Number(await island.getAttribute('data-seconds')), longestTaskMs: Number(await island.getAttribute('data-longest-task')) };
  },
  timeoutMs: 300_000,
} satisfies IslandEntry;
