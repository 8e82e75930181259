/**
 * Module 2's MLP lab end to end in headless Chromium against the built site: nothing heavy loads
 * before Start; the quick run trains the module's model (101,770 parameters) on real MNIST and
 * scores well above chance on the 10,000 test images; without a saved CNN the lab says so and
 * links to module 4; with one saved in this browser, the worker scores it on the same test images
 * for the side-by-side table; axe passes on the finished lab; no sideways scroll at 360 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from './support/test';
import { watchCsp } from './support/csp';
import { seedSavedCnn } from './support/saved-cnn';
import { PHONE, expectNoSidewaysScroll } from './support/phone';

const MODULE_URL = '/modules/first-network/';
test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

test.afterEach(async ({ page }, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  const said = await page.locator('[data-mlp-island] [data-part="status"], [data-mlp-island] [data-part="alert"]').allTextContents().catch(() => []);
  console.log('MLP lab said:', said.filter(Boolean).join(' | '));
});

/** Starts the default (quick) run and waits for its test accuracy; returns it. */
async function quickRun(island: Locator): Promise<number> {
  await island.getByRole('button', { name: 'Start training' }).click();
  await expect(island.locator('[data-total-params]')).toHaveAttribute('data-total-params', '101770', { timeout: 120_000 });
  const accuracy = island.locator('[data-part="test-accuracy"]');
  await expect(accuracy).toHaveAttribute('data-accuracy', /\d/, { timeout: 240_000 });
  return Number(await accuracy.getAttribute('data-accuracy'));
}

const heavy = (page: Page) => {
  const seen: string[] = [];
  page.on('request', (r) => { if (/tfjs|worker|mnist/i.test(r.url())) seen.push(r.url()); });
  return seen;
};

test('the quick run trains the module MLP, scores it on the test set, and says there is no CNN to compare', { tag: '@island' }, async ({ page }) => {
  const csp = await watchCsp(page);
  const requests = heavy(page);
  await page.goto(MODULE_URL);
  const island = page.locator('[data-mlp-island="first-network"]');
  await island.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(requests, 'TensorFlow.js, the worker and MNIST load only after Start').toEqual([]);

  const accuracy = await quickRun(island);
  expect(accuracy, 'far above chance (0.1) on the 10,000 test images').toBeGreaterThan(0.5);
  expect(Number(await island.locator('[data-part="chart-loss"]').getAttribute('data-points'))).toBeGreaterThan(2);
  expect(requests.some((url) => /worker/i.test(url))).toBe(true);

  const compare = island.locator('[data-part="compare-status"]');
  await expect(compare).toContainText('There is no CNN from module 4 saved in this browser');
  await expect(compare.getByRole('link', { name: "module 4's CNN trainer" })).toHaveAttribute('href', '/modules/cnn/#continue-interactively');

  const { violations } = await new AxeBuilder({ page }).include('[data-mlp-island]').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(csp.violations()).toEqual([]);
});

test('with a CNN saved in this browser, both are scored on the same test images side by side', { tag: '@island' }, async ({ page }) => {
  await page.goto(MODULE_URL);
  await seedSavedCnn(page, { trainingSeconds: 42, epochs: 1, backend: 'wasm' });
  await page.reload();
  const island = page.locator('[data-mlp-island="first-network"]');
  const accuracy = await quickRun(island);
  const table = island.locator('[data-part="compare"]');
  await expect(table).toHaveAttribute('data-cnn-accuracy', /\d/, { timeout: 120_000 });
  const cnnAccuracy = Number(await table.getAttribute('data-cnn-accuracy'));
  expect(cnnAccuracy).toBeGreaterThanOrEqual(0);
  expect(cnnAccuracy).toBeLessThanOrEqual(1);
  const cells = async (row: string) => table.getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell').allTextContents();
  expect(await cells('Parameters')).toEqual(['101,770', '93,322']);
  expect(await cells('Test accuracy')).toEqual([`${(accuracy * 100).toFixed(2)}%`, `${(cnnAccuracy * 100).toFixed(2)}%`]);
  expect((await cells('Training time'))[1]).toBe('42 s (1 epochs on wasm)');
});

test('the lab fits a 360 px phone before and after a run', { tag: '@island' }, async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(MODULE_URL);
  await expectNoSidewaysScroll(page, 'before Start');
  const island = page.locator('[data-mlp-island="first-network"]');
  expect(await quickRun(island)).toBeGreaterThan(0.5);
  await expectNoSidewaysScroll(page, 'after a run');
});

test.describe('dark scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('the lab before Start passes axe', { tag: '@island' }, async ({ page }) => {
    await page.goto(MODULE_URL);
    const { violations } = await new AxeBuilder({ page }).include('[data-mlp-island]').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
