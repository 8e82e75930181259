/** Module 10's gradient-tape lab: "Run 50 steps" (which starts the lab first; batch 128, Adam 1e-3); result = batch loss at step 1 and step 50. */
import { expect } from '@playwright/test';
import type { IslandEntry } from '../entry.ts';

export default {
  name: 'gradient-tape',
  title: 'Module 10: gradient-tape lab, Start + Run 50 steps',
  path: '/modules/gradient-tape/',
  root: '[data-gradient-tape-lab]',
  async start(island) {
    // "Run 50 steps" before Start starts the lab (TensorFlow.js, the digits), then runs the steps.
    await island.getByRole('button', { name: 'Run 50 steps' }).click();
  },
  async result(island) {
    await expect(island.locator('[data-part="steps-done"]')).toHaveText('50', { timeout: 300_000 });
    await expect(island).toHaveAttribute('data-state', 'ready');
    const first = Number(await island.getAttribute('data-first-loss'));
    const last = Number(await island.getAttribute('data-last-loss'));
    if (!(last < first)) throw new Error(`The loss did not fall: ${first} at step 1, ${last} at step 50.`);
    return { firstLoss: first, lastLoss: last, runSeconds: Number(await island.getAttribute('data-run-seconds')), backend: (await island.getAttribute('data-backend')) ?? '?' };
  },
} satisfies IslandEntry;
