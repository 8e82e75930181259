/**
 * Module 5's lab in real Chromium (issue 15): nothing heavy loads before Start; the explorer
 * draws augmented real digits that differ from the originals and change when a factor changes;
 * a bad factor gets a message beside its field; the default A/B run ends with both runs' curves
 * and numbers (test accuracy above 0.5 for both); axe is clean after the run; and at 360 px
 * nothing scrolls sideways. Generous timeouts: the machine running this is shared and busy.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from './support/test';
import { PHONE, expectNoSidewaysScroll } from './support/phone';
import { openLabRecordingHeavy } from './support/heavy';

const URL = '/modules/regularization/';

/** Grey values of every canvas in the grid, row by row (original first). */
const gridPixels = (grid: Locator) => grid.evaluate((el) => [...el.querySelectorAll('li')].map((row) =>
  [...row.querySelectorAll('canvas')].map((c) => Array.from(c.getContext('2d')!.getImageData(0, 0, 28, 28).data.filter((_, i) => i % 4 === 0))),
));
const difference = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + Math.abs(v - b[i]!), 0);

test('explorer and the default A/B run', { tag: '@island' }, async ({ page }) => {
  test.setTimeout(420_000);
  const { lab, heavy } = await openLabRecordingHeavy(page, URL, '[data-regularization-lab]');
  expect(heavy, 'TensorFlow.js, the worker and MNIST load only after Start').toEqual([]);

  const grid = lab.locator('[data-part="grid"]');
  await test.step('the explorer shows augmented real digits', async () => {
    await lab.getByRole('button', { name: 'Start: show augmented digits' }).click();
    await expect(grid.locator('li')).toHaveCount(4, { timeout: 120_000 });
    await expect(grid.locator('li').first().locator('canvas')).toHaveCount(6);
    expect(heavy.some((u) => /tfjs|\.wasm/.test(u)), 'TensorFlow.js loaded after Start').toBe(true);
    const rows = await gridPixels(grid);
    for (const [original, ...variants] of rows) {
      expect(difference(original!, original!.map(() => 255)), 'the original is a digit, not blank').toBeGreaterThan(0);
      for (const variant of variants) expect(difference(variant, original!)).toBeGreaterThan(0);
    }
    await expect(lab.locator('[data-part="keras-code"]')).toContainText('layers.RandomRotation(0.05)');
  });

  await test.step('changing a factor changes the variants and the Keras line', async () => {
    const before = await gridPixels(grid);
    const renders = Number(await grid.getAttribute('data-renders'));
    await lab.getByLabel(/RandomRotation factor/).fill('0.3');
    await expect(grid).not.toHaveAttribute('data-renders', String(renders), { timeout: 60_000 });
    await expect(lab.locator('[data-part="keras-code"]')).toContainText('layers.RandomRotation(0.3)');
    const after = await gridPixels(grid);
    expect(difference(after[0]![1]!, before[0]![1]!)).toBeGreaterThan(0);
    expect(difference(after[0]![0]!, before[0]![0]!), 'the original stays as it was').toBe(0);
    await expect(lab.locator('[data-part="means-rotation"]')).toContainText('+108°');
  });

  await test.step('a factor Keras refuses gets a message beside its field', async () => {
    await lab.getByLabel(/RandomRotation factor/).fill('2');
    await expect(lab.locator('[data-error-for="rotation"]')).toHaveText(/between -1 and 1/);
    await expect(lab.getByLabel(/RandomRotation factor/)).toHaveAttribute('aria-invalid', 'true');
    await lab.getByLabel(/RandomRotation factor/).fill('0.05');
    await expect(lab.locator('[data-error-for="rotation"]')).toBeHidden();
  });

  await test.step('the default A/B run ends with two sets of curves and numbers', async () => {
    const epochs = Number(await lab.getByLabel('Epochs').inputValue());
    await lab.getByRole('button', { name: 'Start A/B run' }).click();
    await expect(lab.getByRole('button', { name: 'Stop' })).toBeEnabled();
    const results = lab.locator('[data-part="ab-results"]');
    await expect(results).toHaveAttribute('data-state', 'done', { timeout: 360_000 });
    await expect(lab.locator('[data-part="ab-loss"]')).toHaveAttribute('data-points', String(2 * epochs));
    await expect(lab.locator('[data-part="ab-loss"] .u-legend')).toContainText('B validation');
    for (const run of ['A', 'B']) {
      const accuracy = Number(await lab.locator(`[data-part="test-${run}"]`).getAttribute('data-value'));
      expect(accuracy, `run ${run}'s test accuracy`).toBeGreaterThan(0.5);
      await expect(lab.locator(`tr[data-run="${run}"] td`)).toHaveCount(4);
    }
    console.log(`A/B default run: ${await results.getAttribute('data-seconds')} s`);
  });

  await test.step('the lab passes axe after a run', async () => {
    const { violations } = await new AxeBuilder({ page }).include('[data-regularization-lab]').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test('the lab on a 360 px phone in the dark scheme: no sideways scroll, axe clean after a run', { tag: '@island' }, async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(URL);
  const lab = page.locator('[data-regularization-lab]');
  await expectNoSidewaysScroll(page, 'lab before Start');
  await lab.getByRole('button', { name: 'Start: show augmented digits' }).click();
  await expect(lab.locator('[data-part="grid"] li')).toHaveCount(4, { timeout: 120_000 });
  await expectNoSidewaysScroll(page, 'explorer grid');
  await lab.getByLabel('Training images').fill('100');
  await lab.getByLabel('Epochs').fill('1');
  await lab.getByRole('button', { name: 'Start A/B run' }).click();
  await expect(lab.locator('[data-part="ab-results"]')).toHaveAttribute('data-state', 'done', { timeout: 240_000 });
  await expectNoSidewaysScroll(page, 'A/B results');
  const { violations } = await new AxeBuilder({ page }).include('[data-regularization-lab]').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
