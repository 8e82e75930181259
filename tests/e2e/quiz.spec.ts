/**
 * Issue 11 and 14 (quiz): complete attempts only, the live "read as" line and the choice for
 * ambiguous numbers, shapes in any notation, verdicts with icon and words (not colour alone)
 * in both themes and axe-clean, explanations with inline code, an early click kept, the API's
 * reason in the name dialog, a guest's pass carried over on saving, and practice after the
 * reveal; at desktop and phone sizes. One sign-up in this file (5/min per IP).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import { quizzes } from '../../content/quizzes.generated';
import { answerQuiz, checkAnswers, summary, uniqueName } from './support/learner';

// Autoencoders has a number, a shape whose batch may be left out, and no heavy island.
const quiz = quizzes.autoencoders!;
const numericQ = quiz.questions.find((q) => q.type === 'numeric')!;
const shapeQ = quiz.questions.find((q) => q.type === 'shape')!;
const input = (page: Page, id: string) => page.locator(`input[name="${id}"]`);
const set = (page: Page, id: string) => page.locator(`fieldset[data-question-id="${id}"]`);
const attemptPosts = (page: Page) => {
  const posts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().includes('/attempts')) posts.push(r.url()); });
  return posts;
};

for (const size of [{ name: 'desktop', width: 1280, height: 800 }, { name: 'phone', width: 390, height: 844 }]) {
  test.describe(`quiz page (${size.name})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.setTimeout(120_000);

    test('an incomplete or unreadable attempt is not sent; numbers and shapes show how they are read', async ({ page }) => {
      const posts = attemptPosts(page);
      await page.goto('/modules/autoencoders/');
      await input(page, numericQ.id).fill('205\u202f856');
      await expect(set(page, numericQ.id).locator('[data-reading]')).toHaveText('Read as 205856');
      await input(page, shapeQ.id).fill('14x14x8');
      await expect(set(page, shapeQ.id).locator('[data-reading]')).toHaveText('Read as (14, 14, 8)');
      await checkAnswers(page);
      await expect(summary(page)).toBeFocused();
      await expect(summary(page)).toContainText('Still open: Question');
      const open = page.locator('fieldset[data-result="open"]');
      await expect(open).toHaveCount(quiz.questions.length - 2);
      await expect(open.first()).toContainText('Not answered yet.');
      // "1,600" could be 1600 or 1.6: the learner picks before anything is graded.
      await input(page, numericQ.id).fill('1,600');
      const reading = set(page, numericQ.id).locator('[data-reading]');
      await expect(reading).toContainText('can be read two ways');
      await answerQuiz(page, 'autoencoders', true);
      await input(page, numericQ.id).fill('205,856');
      await checkAnswers(page);
      await expect(set(page, numericQ.id)).toContainText('Choose how your number should be read');
      expect(posts).toEqual([]);
      await reading.getByLabel('205856 (comma groups thousands)').check();
      await expect(reading).toContainText('Read as 205856');
      await input(page, shapeQ.id).fill('None × 14 × 14 × 8.');
      await checkAnswers(page);
      await expect(summary(page)).toContainText('Passed');
      expect(posts).toHaveLength(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    });

    test('verdicts: icon, words and colour in both themes, explanations with inline code, axe clean', async ({ page }) => {
      await page.goto('/modules/autoencoders/');
      const plain = await page.locator('fieldset.question').first().evaluate((e) => getComputedStyle(e).borderTopColor);
      await answerQuiz(page, 'autoencoders', true);
      await input(page, numericQ.id).fill('205,8'); // a decimal comma: 205.8, never 2058 or 205856
      await checkAnswers(page);
      await expect(summary(page)).toContainText('Passed');
      const wrong = set(page, numericQ.id);
      await expect(wrong).toHaveAttribute('data-result', 'incorrect');
      await expect(wrong.locator('.verdict')).toHaveText('✗ Not correct');
      const right = set(page, shapeQ.id);
      await expect(right.locator('.verdict')).toHaveText('✓ Correct');
      await expect(page.locator('[data-question-feedback] .explanation code').first()).toBeVisible();
      for (const theme of ['light', 'dark']) {
        await page.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
        const colours = await Promise.all([right, wrong].map((l) => l.evaluate((e) => getComputedStyle(e).borderTopColor)));
        expect(new Set([...colours, plain]).size, `${theme}: correct, not correct and the default border differ`).toBe(3);
        const axe = await new AxeBuilder({ page }).include('section.quiz').analyze();
        expect(axe.violations.map((v) => `${theme}: ${v.id}`)).toEqual([]);
      }
    });
  });
}

test('a click made before the quiz script loads is kept (and wins over kept answers)', async ({ page }) => {
  test.setTimeout(120_000);
  const first = quiz.questions.find((q) => q.type === 'single')!;
  const [kept, clicked] = [first.options[0]!.id, first.options[1]!.id];
  await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [`tfk.quiz.autoencoders`, JSON.stringify({ answers: { [first.id]: kept } })]);
  let release = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  // Hold the page's module scripts, not the render-blocking theme script (CSP: a file, not inline),
  // which must run before the body is parsed.
  await page.route('**/_astro/*.js', async (route) => {
    if (!/\/theme\.[^/]*\.js$/.test(new URL(route.request().url()).pathname)) await held;
    await route.continue();
  });
  await page.goto('/modules/autoencoders/', { waitUntil: 'commit' });
  await page.locator(`input[name="${first.id}"][value="${clicked}"]`).check();
  release();
  await expect(page.locator('[data-account-line]')).toBeVisible();
  await expect(page.locator(`input[name="${first.id}"][value="${clicked}"]`)).toBeChecked();
  await expect.poll(() => page.evaluate((id) => JSON.parse(localStorage.getItem('tfk.quiz.autoencoders') ?? '{}').answers?.[id], first.id)).toBe(clicked);
});

test.describe.serial('a guest saves progress, then practises after the reveal', () => {
  let identity = '';
  test.setTimeout(120_000);

  test("the guest's pass is carried over; the name dialog gives the API's reason", async ({ page }) => {
    await page.goto('/modules/tensors/');
    await answerQuiz(page, 'tensors', true);
    await checkAnswers(page);
    await expect(summary(page)).toContainText('Graded as a guest');
    await page.getByRole('button', { name: 'Save my progress' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save your progress' });
    await dialog.getByLabel('Display name').fill('Ab\u0430c'); // Latin with a Cyrillic "а": the API refuses it
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.locator('.error-message')).toContainText('one writing system');
    await expect(dialog.locator('.error-message')).not.toContainText('request body is invalid');
    await dialog.getByLabel('Display name').fill(uniqueName('E2E Quiz'));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toContainText('graded again and saved as your first attempt');
    await dialog.getByRole('button', { name: 'Done' }).click();
    identity = (await page.evaluate(() => localStorage.getItem('tfk.identity'))) ?? '';
    await page.goto('/progress/');
    const row = page.locator('tr[data-progress-row="tensors"]');
    await expect(row.locator('[data-cell="state"]')).toHaveText('Passed');
    await expect(row.locator('[data-cell="attempts"]')).toHaveText('1');
  });

  test('blank, blank, blank, perfect: the fourth attempt is practice, in words', async ({ page }) => {
    await page.addInitScript((value) => localStorage.setItem('tfk.identity', value), identity);
    await page.goto('/modules/autoencoders/');
    for (let i = 0; i < 3; i++) {
      await answerQuiz(page, 'autoencoders', false);
      await checkAnswers(page);
      await expect(summary(page)).toContainText(`Attempts used: ${i + 1}.`);
    }
    await answerQuiz(page, 'autoencoders', true);
    await checkAnswers(page);
    await expect(summary(page)).toContainText('Practice attempt');
    await expect(summary(page)).toContainText('Practice: answers were revealed after attempt 3');
    await expect(summary(page)).toContainText('Best score: 0%.');
    await page.goto('/progress/');
    const row = page.locator('tr[data-progress-row="autoencoders"]');
    await expect(row.locator('[data-cell="state"]')).toHaveText('In progress');
    await expect(row.locator('[data-cell="attempts"]')).toHaveText('4 (practice: answers were revealed after attempt 3)');
  });
});
