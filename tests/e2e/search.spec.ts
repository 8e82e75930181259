/**
 * Course search against the built Pagefind index (issue 14): nonsense finds nothing, excerpts
 * are prose (no code, no printed model summaries), every result can be reached, and a typo
 * still finds module 4.
 */
import { expect, test } from './support/test';

const status = '[data-search-status]';
const results = '[data-search-results] li';

// The first search loads Pagefind's wasm and index: slow on a busy 2-core machine.
test.setTimeout(90_000);
test.beforeEach(async ({ page }) => { await page.goto('/'); });

for (const nonsense of ['xyzzy', 'qqqq']) {
  test(`"${nonsense}" says No results`, async ({ page }) => {
    await page.getByLabel('Search the course').fill(nonsense);
    await expect(page.locator(status)).toHaveText(`No results for “${nonsense}”`, { timeout: 20_000 });
    await expect(page.locator(results)).toHaveCount(0);
  });
}

test('excerpts for Conv2D are prose: no box drawing, no code', async ({ page }) => {
  await page.getByLabel('Search the course').fill('Conv2D');
  await expect(page.locator(status)).toContainText('results for', { timeout: 20_000 });
  const excerpts = await page.locator(`${results} p`).allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const text of excerpts) {
    expect(text, 'no printed summary').not.toMatch(/[─━│┃┡┩╇┼]/);
    expect(text, 'no code').not.toMatch(/\w+\s*=\s*(keras|layers|tf)\.|import (keras|tensorflow)|\)\(/);
  }
  // Modules that use Conv2D only in their listings are still found, once each.
  const urls = await page.locator(`${results} a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(urls).size).toBe(urls.length);
  expect(urls).toContain('/modules/cnn/');
});

test('"N results" can all be reached with Show more', async ({ page }) => {
  await page.getByLabel('Search the course').fill('model');
  await expect(page.locator(status)).toContainText('results for', { timeout: 20_000 });
  const total = Number((await page.locator(status).textContent())!.match(/^(\d+) results/)![1]);
  expect(total, 'a common word matches more than one screenful').toBeGreaterThan(8);
  while (await page.locator('[data-search-more]').isVisible()) await page.locator('[data-search-more]').click();
  await expect(page.locator(results)).toHaveCount(total);
});

test('a typo ("convolutoin") still finds module 4', async ({ page }) => {
  await page.getByLabel('Search the course').fill('convolutoin');
  await expect(page.locator(`${results} a[href="/modules/cnn/"]`)).toBeVisible({ timeout: 20_000 });
});
