/**
 * Module 3's learning-curve lab end to end in headless Chromium against the built site: nothing
 * heavy loads before a run; the overfitting preset trains on a few hundred real MNIST images for many epochs,
 * draws a point per epoch on both charts, its validation loss climbs from its minimum, and the
 * early-stopping mark (patience 3) lands 3 epochs after that minimum, as Keras would stop; a bad
 * setting gets a message beside its field and starts nothing; axe passes after the run; no
 * sideways scroll at 360 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';
import { findPreset } from '../../src/islands/mlp/lab/presets';
import { mlpParamCount } from '../../src/islands/mlp/model/recipe';
import { watchCsp } from './support/csp';
import { PHONE, expectNoSidewaysScroll } from './support/phone';

const MODULE_URL = '/modules/training/';
// Each epoch scores 12,000 validation images: about a second on an idle 2-core CPU, 15-20 s when
// the machine is shared by several test runs.
const OVERFIT = findPreset('overfit')!.recipe;
test.setTimeout(300_000);

test.afterEach(async ({ page }, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  const said = await page.locator('[data-mlp-island] [data-part="status"], [data-mlp-island] [data-part="alert"]').allTextContents().catch(() => []);
  console.log('Learning-curve lab said:', said.filter(Boolean).join(' | '));
});

test('the overfitting preset: curves per epoch, validation loss rising, the early-stopping mark where Keras stops', { tag: '@island' }, async ({ page }) => {
  test.setTimeout(600_000);
  const csp = await watchCsp(page);
  const requests: string[] = [];
  page.on('request', (r) => { if (/tfjs|worker|mnist/i.test(r.url())) requests.push(r.url()); });
  await page.goto(MODULE_URL);
  const island = page.locator('[data-mlp-island="training"]');
  await island.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(requests, 'TensorFlow.js, the worker and MNIST load only after a run starts').toEqual([]);

  await test.step('a bad setting is named beside its field and nothing starts', async () => {
    await island.getByLabel('Learning rate').fill('0');
    await island.getByRole('button', { name: 'Start training' }).click();
    await expect(island.locator('[data-error-for="learningRate"]')).toHaveText('Learning rate must be between 0.000001 and 1 (got 0).');
    await expect(island.getByLabel('Learning rate')).toHaveAttribute('aria-invalid', 'true');
    expect(requests.filter((url) => /tfjs|worker/i.test(url))).toEqual([]);
  });

  await island.getByRole('listitem').filter({ hasText: 'Overfitting' }).getByRole('button', { name: 'Run this preset' }).click();
  await expect(island.getByLabel('Training images')).toHaveValue(String(OVERFIT.trainImages));
  await expect(island.locator('[data-error-for="learningRate"]')).toBeHidden();
  await expect(island.locator('[data-total-params]')).toHaveAttribute('data-total-params', String(mlpParamCount(OVERFIT)), { timeout: 120_000 });
  await expect(island.locator('[data-part="test-result"]')).toHaveAttribute('data-accuracy', /\d/, { timeout: 560_000 });

  const rows = await island.locator('[data-part="epoch-rows"] tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.dataset.value))));
  expect(rows).toHaveLength(OVERFIT.epochs);
  const loss = rows.map((r) => r[0]!), valLoss = rows.map((r) => r[1]!);
  expect(loss.at(-1)!, 'training loss fell towards zero').toBeLessThan(loss[0]! / 10);
  const best = valLoss.indexOf(Math.min(...valLoss));
  expect(valLoss.at(-1)!, 'validation loss rose after its minimum').toBeGreaterThan(valLoss[best]!);

  const mark = island.locator('[data-part="early-stop"]');
  const stopped = Number(await mark.getAttribute('data-stopped-epoch'));
  const restored = Number(await mark.getAttribute('data-best-epoch'));
  expect(stopped, 'the mark is drawn').toBeGreaterThan(0);
  // Keras: the first epoch after which val_loss has not improved for `patience` (3) epochs.
  const firstStall = valLoss.findIndex((_, i) => i >= 3 && Math.min(...valLoss.slice(i - 2, i + 1)) >= Math.min(...valLoss.slice(0, i - 2)));
  expect(stopped).toBe(firstStall + 1);
  expect(valLoss[restored - 1]).toBe(Math.min(...valLoss.slice(0, stopped)));
  await expect(island.locator('[data-part="chart-loss"]')).toHaveAttribute('data-stop-epoch', String(stopped));
  await expect(island.locator('[data-part="chart-accuracy"]')).toHaveAttribute('data-points', String(OVERFIT.epochs));
  expect(Number(await island.locator('[data-part="test-result"]').getAttribute('data-accuracy'))).toBeGreaterThan(0.5);

  await island.locator('details summary').click();
  const { violations } = await new AxeBuilder({ page }).include('[data-mlp-island]').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(csp.violations()).toEqual([]);
});

test('the lab fits a 360 px phone', { tag: '@island' }, async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(MODULE_URL);
  await expectNoSidewaysScroll(page, 'before a run');
  const island = page.locator('[data-mlp-island="training"]');
  await island.getByLabel('Epochs').fill('2');
  await island.getByLabel('Training images').selectOption('1000');
  await island.getByRole('button', { name: 'Start training' }).click();
  await expect(island.locator('[data-part="test-result"]')).toHaveAttribute('data-accuracy', /\d/, { timeout: 240_000 });
  await island.locator('details summary').click();
  await expectNoSidewaysScroll(page, 'after a run');
});

test.describe('dark scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('the lab before a run, with a field message showing, passes axe', { tag: '@island' }, async ({ page }) => {
    await page.goto(MODULE_URL);
    const island = page.locator('[data-mlp-island="training"]');
    await island.getByLabel('Width (units per hidden layer)').fill('0');
    await island.getByRole('button', { name: 'Start training' }).click();
    await expect(island.locator('[data-error-for="width"]')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).include('[data-mlp-island]').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
