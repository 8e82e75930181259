/**
 * Catalog filters as a learner uses them (issue 14): they live in the URL, survive Back without
 * the back/forward cache, tag chips filter, an empty result offers "Clear filters", the count is
 * said once, and the filter form causes no layout shift.
 */
import { expect, test } from './support/test';

const visibleCards = '[data-module-card]:visible';
test.setTimeout(60_000);

test('filters are in the URL and a shared URL opens filtered', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('radio', { name: 'Advanced' }).check();
  await expect(page).toHaveURL(/\?level=Advanced$/);
  await page.goto('/?level=Advanced');
  await expect(page.getByRole('radio', { name: 'Advanced' })).toBeChecked();
  await expect(page.locator(visibleCards)).toHaveCount(10);
});

test('Back from a module restores the filters even without the back/forward cache', async ({ browser }) => {
  // An unload listener keeps Chromium from putting the page in the bfcache: Back reloads it.
  const context = await browser.newContext();
  await context.addInitScript(() => window.addEventListener('unload', () => {}));
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Tag', { exact: true }).selectOption('cnn');
  await page.locator(`${visibleCards} h3 a`).first().click();
  await expect(page).toHaveURL(/\/modules\//);
  await page.goBack();
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('cnn');
  for (const tags of await page.locator(visibleCards).evaluateAll((els) => els.map((e) => e.getAttribute('data-tags')!.split(' ')))) expect(tags).toContain('cnn');
  await context.close();
});

test('a tag chip filters by its tag; Back returns to the previous filters', async ({ page }) => {
  await page.goto('/');
  const chip = page.locator('[data-module-card][data-slug="cnn"] a.tag', { hasText: 'mnist' });
  await expect(chip).toHaveAttribute('href', '/?tag=mnist');
  await chip.click();
  await expect(page).toHaveURL(/\?tag=mnist$/);
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('mnist');
  await expect(page.locator(`${visibleCards}[data-slug="cnn"]`)).toHaveCount(1);
  await expect(page.locator(`${visibleCards}[data-slug="tensors"]`)).toHaveCount(0);
  await page.goBack();
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('');
  await expect(page.locator(visibleCards)).toHaveCount(25);
});

test('an empty result offers Clear filters; the count is said once', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(/\d+ of 25 modules/)).toHaveCount(1);
  await page.getByRole('radio', { name: 'Beginner' }).check();
  await page.getByLabel('Tag', { exact: true }).selectOption('cnn');
  await expect(page.locator(visibleCards)).toHaveCount(0);
  await expect(page.locator('[data-filter-status]')).toHaveText('No modules match these filters.');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator(visibleCards)).toHaveCount(25);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeHidden();
});

test('no layout shift while the catalog loads (CLS below 0.02)', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.02);
});
