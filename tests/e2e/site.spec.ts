/**
 * The course site in headless Chromium against the locally served Worker: catalog, filters,
 * search, a module page (module 4), notebook, 404, theme and the JavaScript budget of plain pages.
 * Written against modules 1-4 (tensors, first-network, training, cnn).
 */
import { expect, test } from './support/test';
import { quizzes } from '../../content/quizzes.generated';

const cards = '[data-module-card]';
const visibleCards = `${cards}:visible`;

test.describe('catalog', () => {
  test('lists the 25 modules grouped by level', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'TensorFlow & Keras' })).toBeVisible();
    await expect(page.locator(cards)).toHaveCount(25);
    const groups = page.locator('[data-level-group]');
    await expect(groups.locator('h2')).toHaveText(['Beginner', 'Intermediate', 'Advanced']);
    await expect(groups.nth(0).locator(cards)).toHaveCount(3);
    await expect(groups.nth(1).locator(cards)).toHaveCount(12);
    await expect(groups.nth(2).locator(cards)).toHaveCount(10);
    const beginner = await groups.nth(0).locator(cards).evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')));
    expect(beginner).toEqual(['tensors', 'first-network', 'training']);
    const cnn = page.locator(`${cards}[data-slug="cnn"]`);
    await expect(cnn.getByRole('link', { name: 'Convolutional Neural Networks (CNNs)' })).toBeVisible();
    await expect(cnn).toContainText(/\d+ min/);
  });

  test('filters by level and by tag', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('radio', { name: 'Advanced' }).check();
    await expect(page.locator(visibleCards)).toHaveCount(10);
    expect(new Set(await page.locator(visibleCards).evaluateAll((els) => els.map((e) => e.getAttribute('data-level'))))).toEqual(new Set(['Advanced']));
    await expect(page.locator('[data-level-group="Beginner"]')).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 10 of 25 modules');

    await page.getByRole('radio', { name: 'All' }).check();
    await page.getByLabel('Tag', { exact: true }).selectOption('cnn');
    await expect(page.locator(`${visibleCards}[data-slug="cnn"]`)).toHaveCount(1);
    await expect(page.locator(`${cards}[data-slug="tensors"]`)).toBeHidden();
    const tagLists = await page.locator(visibleCards).evaluateAll((els) => els.map((e) => e.getAttribute('data-tags')?.split(' ') ?? []));
    for (const tags of tagLists) expect(tags).toContain('cnn');
  });

  test('works without JavaScript: every module listed, no dead controls', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator(visibleCards)).toHaveCount(25);
    await expect(page.locator('[data-catalog-filters]')).toBeHidden();
    await expect(page.locator('[data-search]')).toBeHidden();
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
    await context.close();
  });

  test('full-text search finds a module term', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Search the course').fill('MaxPooling2D');
    const result = page.locator('[data-search-results] a[href*="/modules/cnn/"]');
    // The first search loads Pagefind's wasm and every hit's record (to check and merge them).
    await expect(result).toBeVisible({ timeout: 20_000 });
    await expect(result).toHaveText('Convolutional Neural Networks (CNNs)');
    await result.click();
    await expect(page).toHaveURL(/\/modules\/cnn\/?/);
  });

  test('ships only the small theme/filter/search scripts, nothing from TensorFlow.js', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.goto('/', { waitUntil: 'networkidle' });
    expect(scripts.filter((u) => /tfjs|tensorflow|pagefind/i.test(u))).toEqual([]);
    const inlineBytes = await page.locator('script').evaluateAll((els) => els.reduce((n, e) => n + (e.textContent ?? '').length, 0));
    const externalBytes = (await Promise.all(scripts.map(async (u) => (await (await page.request.get(u)).body()).length))).reduce((a, b) => a + b, 0);
    expect(inlineBytes + externalBytes).toBeLessThan(8_000);
  });
});

test.describe('module page', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('module 4: header, objectives, code with copy, previous/next', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Convolutional Neural Networks (CNNs)' }).click();
    await expect(page.locator('[data-module-header]')).toHaveText('Module 4 of 25 · TensorFlow & Keras · Intermediate');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Convolutional Neural Networks (CNNs)');
    await expect(page.locator('[data-duration]')).toHaveText(/^\d+ min$/);
    await expect(page.getByRole('heading', { name: 'What you will learn' })).toBeVisible();
    await expect(page.getByText('93,322').first()).toBeVisible();

    const firstCode = page.locator('[data-module-content] pre.astro-code').first();
    await page.getByRole('button', { name: 'Copy code listing 1' }).click();
    await expect(page.getByRole('button', { name: 'Copy code listing 1' })).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await firstCode.locator('code').textContent());
    expect(copied).toContain('keras');

    await page.getByRole('link', { name: /Previous/ }).click();
    await expect(page.locator('[data-module-header]')).toContainText('Module 3 of 25');
    await page.getByRole('link', { name: /Next/ }).click();
    await expect(page.locator('[data-module-header]')).toContainText('Module 4 of 25');
    await page.getByRole('link', { name: /Next/ }).click();
    await expect(page.locator('[data-module-header]')).toContainText(/Module \d+ of 25/);
    await expect(page).not.toHaveURL(/\/modules\/cnn\/?$/);
  });

  test('module 1 has no previous link', async ({ page }) => {
    await page.goto('/modules/tensors/');
    await expect(page.locator('[data-module-header]')).toHaveText('Module 1 of 25 · TensorFlow & Keras · Beginner');
    await expect(page.getByRole('link', { name: /Previous/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/modules/first-network/');
  });

  test('quiz renders questions without the answer key and is keyboard usable', async ({ page }) => {
    const quiz = quizzes.cnn;
    expect(quiz, 'module 4 has a quiz').toBeDefined();
    const response = await page.goto('/modules/cnn/');
    const html = (await response?.text()) ?? '';
    for (const q of quiz?.questions ?? []) {
      expect(html, `explanation of ${q.id} must not be in the page`).not.toContain(q.explanation.slice(0, 60));
    }
    const form = page.locator('form[data-quiz][data-module="cnn"]');
    await expect(form.locator('fieldset[data-question-id]')).toHaveCount(quiz?.questions.length ?? 0);
    const first = form.locator('fieldset[data-question-id]').first();
    const firstInput = first.locator('input').first();
    await firstInput.focus();
    await page.keyboard.press('Space');
    await expect(firstInput).toBeChecked();
    await expect(form.getByRole('button', { name: 'Check answers' })).toBeVisible();
  });

  test('notebook download is a valid notebook with code cells', async ({ page, request }) => {
    await page.goto('/modules/cnn/');
    const href = await page.locator('[data-notebook-link]').getAttribute('href');
    expect(href).toBe('/modules/cnn.ipynb');
    const res = await request.get(href ?? '');
    expect(res.ok()).toBe(true);
    const nb = JSON.parse(await res.text());
    expect(nb.nbformat).toBe(4);
    const code = nb.cells.filter((c: { cell_type: string }) => c.cell_type === 'code');
    expect(code.length).toBeGreaterThanOrEqual(2);
    expect(code.map((c: { source: string[] }) => c.source.join('')).join('\n')).toContain('keras.Input');
  });

  test('a plain module page loads no TensorFlow.js', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.goto('/modules/tensors/', { waitUntil: 'networkidle' });
    expect(scripts.filter((u) => /tfjs|tensorflow/i.test(u))).toEqual([]);
  });
});

test('unknown pages get the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-module/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Browse the course catalog' }).click();
  await expect(page.locator(cards)).toHaveCount(25);
});

test('theme toggle switches, persists and applies before paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBg);
  await page.goto('/modules/cnn/', { waitUntil: 'commit' });
  await page.waitForSelector('body', { state: 'attached' });
  // Read once, no retry: the head script must already have applied the theme when <body> exists.
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/modules/cnn/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
