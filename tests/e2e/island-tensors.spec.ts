/**
 * Module 1's tensor playground in real Chromium: TensorFlow.js loads only on the first Run, a
 * broadcasting add gives the right shape and values, matmul of [2,3] x [2,3] fails with both
 * shapes named (TensorFlow.js's message and Python's), reshape works out -1, bad input gets a
 * message beside its field, the page never scrolls sideways at 360 px, and axe finds nothing
 * serious in either theme after a run.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import { PHONE, expectNoSidewaysScroll } from './support/phone';

test.setTimeout(180_000);
const URL = '/modules/tensors/';
// A string only tfjs-core's bundle contains (its flag registry's error message).
const TFJS_MARKER = 'Cannot evaluate flag';

/** Records, per script response, whether it carries TensorFlow.js. */
function watchScripts(page: Page): { tfjs: string[] } {
  const seen = { tfjs: [] as string[] };
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.text().catch(() => '');
    if (body.includes(TFJS_MARKER)) seen.tfjs.push(response.url());
  });
  return seen;
}

const island = (page: Page) => page.locator('[data-tensor-playground]');
const values = (page: Page) => island(page).locator('[data-part="values"]');

test('TensorFlow.js loads on Run; a broadcasting add gives shape (2, 3) and the right values; axe after the run', { tag: '@island' }, async ({ page }) => {
  const scripts = watchScripts(page);
  await page.goto(URL);
  await island(page).scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(scripts.tfjs, 'no TensorFlow.js before Run').toEqual([]);

  await island(page).getByRole('button', { name: 'Run', exact: true }).click();
  await expect(values(page)).toHaveText('[[11. 22. 33.]\n [14. 25. 36.]]', { timeout: 60_000 });
  await expect(island(page).locator('[data-part="shape"]')).toHaveText('(2, 3)');
  await expect(island(page).locator('[data-part="dtype"]')).toHaveText('float32');
  await expect(island(page).getByRole('status')).toHaveText('Result: shape (2, 3), dtype float32.');
  await expect(island(page).locator('[data-part="broadcast"]')).toHaveAttribute('data-verdicts', 'stretch-b equal');
  await expect(island(page).locator('[data-part="broadcast"]')).toContainText('B stretched from 1 (missing axis) to 2');
  expect(scripts.tfjs.length, 'TensorFlow.js was fetched for the run').toBeGreaterThan(0);

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).include('[data-tensor-playground]').analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(serious, `${colorScheme} scheme`).toEqual([]);
  }
});

test('matmul of [2,3] x [2,3] shows TensorFlow.js\'s error and Python\'s, both naming the shapes', { tag: '@island' }, async ({ page }) => {
  await page.goto(URL);
  await island(page).getByRole('button', { name: 'matmul shape mismatch' }).click();
  const error = island(page).locator('[data-part="error-text"]');
  await expect(error).toContainText('shapes 2,3 and 2,3', { timeout: 60_000 });
  await expect(island(page).locator('[data-part="python-quote"]')).toHaveText('InvalidArgumentError: Matrix size-incompatible: In[0]: [2,3], In[1]: [2,3] [Op:MatMul]');
  await expect(island(page).getByRole('status')).toContainText('TensorFlow.js raised an error: Error in matMul');
  await expect(island(page).locator('[data-part="python"]')).toContainText('result = tf.matmul(a, b)  # or: a @ b');
  await expect(island(page).locator('[data-part="broadcast-note"]')).toHaveText('A (2, 3) @ B (2, 3): A\'s last axis (3) must equal B\'s second-to-last axis (2).');
});

test('reshape with -1 works the size out; keyboard only; bad input is named beside its field', { tag: '@island' }, async ({ page }) => {
  await page.goto(URL);
  const op = island(page).getByLabel('Operation', { exact: true });
  await op.focus();
  await op.selectOption('reshape'); // a select changes by keyboard too; the argument appears through CSS
  const target = island(page).getByLabel('Target shape', { exact: false });
  await expect(target).toBeVisible();
  await target.fill('[-1, 2]');
  await target.press('Enter');
  await expect(island(page).locator('[data-part="shape"]')).toHaveText('(3, 2)', { timeout: 60_000 });
  await expect(values(page)).toHaveText('[[1. 2.]\n [3. 4.]\n [5. 6.]]');
  await expect(island(page).locator('[data-part="python"]')).toContainText('tf.reshape(a, [-1, 2])');

  const aValues = island(page).getByLabel('Values, as a nested list').first();
  await aValues.fill('[[1, 2], [3]]');
  await island(page).getByRole('button', { name: 'Run', exact: true }).click();
  await expect(aValues).toHaveAttribute('aria-invalid', 'true');
  await expect(island(page).locator('#tp-a-values-error')).toHaveText(/every row must have the same length/);
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('360 px: no sideways scroll before or after runs, with the broadcasting table and an error shown', { tag: '@island' }, async ({ page }) => {
    await page.goto(URL);
    await island(page).scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page, 'playground before Run');
    await island(page).getByRole('button', { name: 'Broadcast a row over a matrix' }).click();
    await expect(island(page).locator('[data-part="shape"]')).toHaveText('(4, 3)', { timeout: 60_000 });
    await expectNoSidewaysScroll(page, 'after a broadcasting add');
    await island(page).getByLabel('Values, as a nested list').nth(1).fill('[1, 2, 3, 4]');
    await island(page).getByRole('button', { name: 'Run', exact: true }).click();
    await expect(island(page).locator('[data-part="python-quote"]')).toHaveText('InvalidArgumentError: Incompatible shapes: [4,3] vs. [4] [Op:AddV2]');
    await expect(island(page).locator('[data-part="broadcast"]')).toHaveAttribute('data-verdicts', 'stretch-b incompatible');
    await expectNoSidewaysScroll(page, 'after a broadcasting error');
  });
});
